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
          "customerId": 42,
          "items": [
            {
              "productId": 22,
              "sku": "TOY-001",
              "qty": 5,
              "unitPrice": 16.0
            }
          ],
          "total": 80.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-04T02:42:48.906642+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "145e4aec-7f7a-48a6-b5ff-a57e93090b55",
        "chainParentSerial": "ffe8388a-4441-4a39-b905-a7164a1151e0",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-42",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Foster",
          "email": "lucas.foster@example.com",
          "createdAt": "2025-03-04T02:41:53.761622+00:00",
          "updatedAt": "2025-03-04T02:41:53.761622+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-1d6f0e"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T02:42:48.906642+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T02:42:49.083919+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "b0844c2a9532143b"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T02:42:49.232416+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-001 x5",
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
        "stock": 19
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 22,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 5,
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
          "productId": 22,
          "delta": -5,
          "reason": "order",
          "orderId": 37,
          "stockAfter": 19,
          "at": "2025-03-04T02:42:48.906642+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}