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
          "customerId": 31,
          "items": [
            {
              "productId": 26,
              "sku": "STA-005",
              "qty": 1,
              "unitPrice": 22.0
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 29.0
            },
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 11.5
            }
          ],
          "total": 62.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-09T09:19:58.890414+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "60fb0141-b641-475c-bf47-e59cc1eac91a",
        "chainParentSerial": "09a495e7-0c85-43cb-b29b-f44b8cf0e88e",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-31",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "James Baker",
          "email": "james.baker@example.com",
          "createdAt": "2024-11-12T23:29:26+00:00",
          "updatedAt": "2024-11-12T23:29:26+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-fae735"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T09:19:58.890414+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T09:19:58.984851+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-005 x1 OUT-002 x1 STA-003 x1",
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
        "stock": 28
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 26,
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
        "stock": 26
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
        "stock": 149
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
          "productId": 26,
          "delta": -1,
          "reason": "order",
          "orderId": 72,
          "stockAfter": 28,
          "at": "2025-03-09T09:19:58.890414+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 72,
          "stockAfter": 26,
          "at": "2025-03-09T09:19:58.890414+00:00"
        },
        {
          "id": -1,
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 72,
          "stockAfter": 149,
          "at": "2025-03-09T09:19:58.890414+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}