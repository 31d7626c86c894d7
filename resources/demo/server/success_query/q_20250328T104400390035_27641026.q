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
          "customerId": 99,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 8.99
            },
            {
              "productId": 7,
              "sku": "TEA-003",
              "qty": 2,
              "unitPrice": 8.4
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 31.32
            }
          ],
          "total": 57.11,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T10:44:00.297992+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "238330fd-e3a5-43b7-8ab9-fc0b8404fb04",
        "chainParentSerial": "800e8f23-0e2e-4bde-887e-db5d7f81e265",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-99",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "木村 蓮",
          "email": "ren.kimura75@example.co.jp",
          "createdAt": "2025-03-28T10:42:53.919315+00:00",
          "updatedAt": "2025-03-28T10:42:53.919315+00:00",
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
              "timestamp": "2025-03-28T10:44:00.297992+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T10:44:00.343052+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-004 x1 TEA-003 x2 OUT-002 x1",
        "why": "カートから購入手続き",
        "from": "Webショップ (Chrome)",
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
        "stock": 107
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
        "stock": 86
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
        "stock": 11
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 208,
          "stockAfter": 107,
          "at": "2025-03-28T10:44:00.297992+00:00"
        },
        {
          "id": -1,
          "productId": 7,
          "delta": -2,
          "reason": "order",
          "orderId": 208,
          "stockAfter": 86,
          "at": "2025-03-28T10:44:00.297992+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 208,
          "stockAfter": 11,
          "at": "2025-03-28T10:44:00.297992+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}