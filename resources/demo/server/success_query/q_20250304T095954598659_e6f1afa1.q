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
          "customerId": 3,
          "items": [
            {
              "productId": 1,
              "sku": "KIT-002",
              "qty": 1,
              "unitPrice": 18.0
            }
          ],
          "total": 18.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-04T09:59:54.424557+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "870224e4-8a42-4824-bb31-1d92d6a11006",
        "chainParentSerial": "368d7fae-b749-482d-9571-4e263d8b3efd",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-3",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Emily Hall",
          "email": "emily.hall90@example.org",
          "createdAt": "2024-11-10T17:22:51+00:00",
          "updatedAt": "2024-11-10T17:22:51+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-3c0c6e"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T09:59:54.424557+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T09:59:54.513883+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "36e9f02ad1b1375d"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T09:59:54.535887+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-002 x1",
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
        "stock": 34
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 1,
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
          "productId": 1,
          "delta": -1,
          "reason": "order",
          "orderId": 38,
          "stockAfter": 34,
          "at": "2025-03-04T09:59:54.424557+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}