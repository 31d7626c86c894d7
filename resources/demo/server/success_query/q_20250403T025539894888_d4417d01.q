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
          "customerId": 115,
          "items": [
            {
              "productId": 29,
              "sku": "OUT-004",
              "qty": 1,
              "unitPrice": 27.0
            },
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 2,
              "unitPrice": 22.05
            },
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 1,
              "unitPrice": 44.71
            }
          ],
          "total": 115.81,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-03T02:55:39.763939+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "58f4f26f-3f64-47e7-94e5-674206e78ae2",
        "chainParentSerial": "145560fc-5970-4771-83a7-f2600b92f967",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-115",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Noah Murphy",
          "email": "noah.murphy24@example.org",
          "createdAt": "2025-04-03T02:53:27.507469+00:00",
          "updatedAt": "2025-04-03T02:53:27.507469+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": []
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T02:55:39.763939+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T02:55:39.874147+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-004 x1 KIT-001 x2 HOM-002 x1",
        "why": "Checkout from cart",
        "from": "web shop (Chrome)",
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
        "stock": 29
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
        "stock": 18
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
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
        "stock": 40
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 15,
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
          "orderId": 249,
          "stockAfter": 29,
          "at": "2025-04-03T02:55:39.763939+00:00"
        },
        {
          "id": -1,
          "productId": 0,
          "delta": -2,
          "reason": "order",
          "orderId": 249,
          "stockAfter": 18,
          "at": "2025-04-03T02:55:39.763939+00:00"
        },
        {
          "id": -1,
          "productId": 15,
          "delta": -1,
          "reason": "order",
          "orderId": 249,
          "stockAfter": 40,
          "at": "2025-04-03T02:55:39.763939+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}