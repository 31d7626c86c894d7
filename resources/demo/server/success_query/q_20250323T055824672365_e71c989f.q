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
              "productId": 2,
              "sku": "KIT-003",
              "qty": 1,
              "unitPrice": 58.9
            }
          ],
          "total": 58.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-23T05:58:24.415505+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5fe06526-b745-4981-b4f8-ac399313d424",
        "chainParentSerial": "be6a4631-d9b9-48c3-8991-0580dec364f3",
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
              "timestamp": "2025-03-23T05:58:24.415505+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T05:58:24.542235+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "ec6ecabd2e71f160"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T05:58:24.660313+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-003 x1",
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
        "stock": 55
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 2,
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
          "productId": 2,
          "delta": -1,
          "reason": "order",
          "orderId": 170,
          "stockAfter": 55,
          "at": "2025-03-23T05:58:24.415505+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}