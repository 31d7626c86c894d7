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
          "customerId": 22,
          "items": [
            {
              "productId": 19,
              "sku": "OUT-001",
              "qty": 2,
              "unitPrice": 34.0
            }
          ],
          "total": 68.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-05T21:57:56.905166+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9e45b9aa-7128-4266-ae48-f5935c0243d9",
        "chainParentSerial": "cdfa9157-726a-4658-baff-1e33f1479fc9",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-22",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Jack Turner",
          "email": "jack.turner55@example.net",
          "createdAt": "2025-01-07T04:04:18+00:00",
          "updatedAt": "2025-01-07T04:04:18+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-d6ce13"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T21:57:56.905166+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 24
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T21:57:56.939060+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-001 x2",
        "why": "Checkout from cart",
        "from": "Android app",
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
        "stock": 10
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 19,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 2,
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
          "productId": 19,
          "delta": -2,
          "reason": "order",
          "orderId": 268,
          "stockAfter": 10,
          "at": "2025-04-05T21:57:56.905166+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}