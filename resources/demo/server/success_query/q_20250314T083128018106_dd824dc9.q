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
          "customerId": 65,
          "items": [
            {
              "productId": 7,
              "sku": "TEA-003",
              "qty": 1,
              "unitPrice": 8.4
            },
            {
              "productId": 18,
              "sku": "HOM-005",
              "qty": 1,
              "unitPrice": 15.5
            }
          ],
          "total": 23.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-14T08:31:27.920944+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d2c805dd-ffec-4d78-977a-aa6d1281bde5",
        "chainParentSerial": "d3671e74-95e1-4b4f-ae47-4877fc03ccdb",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-65",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Liam Price",
          "email": "liam.price67@example.org",
          "createdAt": "2025-03-13T19:20:21.109490+00:00",
          "updatedAt": "2025-03-13T19:20:21.109490+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-c5297a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T08:31:27.920944+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -13
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T08:31:27.997309+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-003 x1 HOM-005 x1",
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
        "stock": 90
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 7,
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 36
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 18,
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
          "productId": 7,
          "delta": -1,
          "reason": "order",
          "orderId": 109,
          "stockAfter": 90,
          "at": "2025-03-14T08:31:27.920944+00:00"
        },
        {
          "id": -1,
          "productId": 18,
          "delta": -1,
          "reason": "order",
          "orderId": 109,
          "stockAfter": 36,
          "at": "2025-03-14T08:31:27.920944+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}