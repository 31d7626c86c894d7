{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "customerId": 39,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            }
          ],
          "total": 21.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-18T11:37:31.429463+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "420d0791-aa65-470b-83bc-0ce889f5e832",
        "chainParentSerial": "8d3fa3e9-1cdc-40fe-a983-52bc94c7f1e1",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-39",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Leah Hill",
          "email": "leah.hill@example.net",
          "createdAt": "2024-12-12T21:38:43+00:00",
          "updatedAt": "2024-12-12T21:38:43+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-18c49b"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T11:37:31.429463+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T11:37:31.562884+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "690c429e2415ba1c"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T11:37:31.647438+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-001 x1",
        "why": "Checkout from cart",
        "from": "iOS app",
        "context": {
          "screen": "Checkout"
        },
        "confidenceScore": 1.0
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 44
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 1,
            "vType": "auto_",
            "version": "2"
          }
        ],
        "version": "1"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 137,
          "stockAfter": 44,
          "at": "2025-03-18T11:37:31.429463+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}