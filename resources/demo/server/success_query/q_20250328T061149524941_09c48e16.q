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
          "customerId": 71,
          "items": [
            {
              "productId": 29,
              "sku": "OUT-004",
              "qty": 1,
              "unitPrice": 27.0
            },
            {
              "productId": 19,
              "sku": "OUT-001",
              "qty": 1,
              "unitPrice": 34.0
            },
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 10.35
            }
          ],
          "total": 71.35,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T06:11:49.378980+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "65118e9d-eee5-4331-9dd6-24b466ea24ba",
        "chainParentSerial": "96ca9dd8-db89-413b-8d8f-550ba5e15586",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-71",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Daniel Murphy",
          "email": "daniel.murphy19@example.org",
          "createdAt": "2025-03-18T00:56:52.152861+00:00",
          "updatedAt": "2025-03-18T00:56:52.152861+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-a8e3ab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T06:11:49.378980+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -7
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T06:11:49.504094+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-004 x1 OUT-001 x1 STA-003 x1",
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
        "stock": 32
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 29,
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
        "stock": 14
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
        "stock": 138
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 12,
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
          "productId": 29,
          "delta": -1,
          "reason": "order",
          "orderId": 205,
          "stockAfter": 32,
          "at": "2025-03-28T06:11:49.378980+00:00"
        },
        {
          "id": -1,
          "productId": 19,
          "delta": -1,
          "reason": "order",
          "orderId": 205,
          "stockAfter": 14,
          "at": "2025-03-28T06:11:49.378980+00:00"
        },
        {
          "id": -1,
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 205,
          "stockAfter": 138,
          "at": "2025-03-28T06:11:49.378980+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}