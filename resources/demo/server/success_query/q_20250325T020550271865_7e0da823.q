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
          "customerId": 30,
          "items": [
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 31.32
            },
            {
              "productId": 11,
              "sku": "STA-002",
              "qty": 4,
              "unitPrice": 39.9
            }
          ],
          "total": 210.72,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-25T02:05:50.125313+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3e4d650a-7d21-43b0-a31f-14fee5cc8270",
        "chainParentSerial": "ea2326e9-feaf-43eb-8315-8a8d2c4f79bb",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-30",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Liam Green",
          "email": "liam.green@example.net",
          "createdAt": "2024-11-30T16:38:59+00:00",
          "updatedAt": "2024-11-30T16:38:59+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-b8f05f"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-25T02:05:50.125313+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 36
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-25T02:05:50.237137+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-003 x1 OUT-002 x1 STA-002 x4",
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
        "stock": 52
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
        "stock": 15
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
        "stock": 12
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 11,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 4,
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
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 189,
          "stockAfter": 52,
          "at": "2025-03-25T02:05:50.125313+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 189,
          "stockAfter": 15,
          "at": "2025-03-25T02:05:50.125313+00:00"
        },
        {
          "id": -1,
          "productId": 11,
          "delta": -4,
          "reason": "order",
          "orderId": 189,
          "stockAfter": 12,
          "at": "2025-03-25T02:05:50.125313+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}