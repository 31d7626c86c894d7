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
              "productId": 9,
              "sku": "FOD-002",
              "qty": 2,
              "unitPrice": 16.9
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 2,
              "unitPrice": 31.32
            }
          ],
          "total": 96.44,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-06T07:12:29.698269+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3a5dd921-715c-4b71-8ed3-e9991218bc8f",
        "chainParentSerial": null,
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
              "timestamp": "2025-04-06T07:12:29.698269+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 24
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T07:12:29.795708+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: FOD-002 x2 OUT-002 x2",
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
        "stock": 27
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 9,
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 6
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 20,
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
          "productId": 9,
          "delta": -2,
          "reason": "order",
          "orderId": 271,
          "stockAfter": 27,
          "at": "2025-04-06T07:12:29.698269+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -2,
          "reason": "order",
          "orderId": 271,
          "stockAfter": 6,
          "at": "2025-04-06T07:12:29.698269+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}