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
          "customerId": 95,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 3,
              "unitPrice": 10.35
            },
            {
              "productId": 24,
              "sku": "KIT-006",
              "qty": 2,
              "unitPrice": 74.0
            },
            {
              "productId": 10,
              "sku": "STA-001",
              "qty": 1,
              "unitPrice": 14.7
            }
          ],
          "total": 193.75,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T14:08:12.608559+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "7f902788-dd00-488d-9671-a3369888a198",
        "chainParentSerial": "41134dae-86dd-4539-b76a-6c8bb86913e3",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-95",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 葵",
          "email": "aoi.shimizu92@mail.example.ne.jp",
          "createdAt": "2025-03-27T13:27:44.404719+00:00",
          "updatedAt": "2025-03-27T13:27:44.404719+00:00",
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
              "timestamp": "2025-03-28T14:08:12.608559+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T14:08:12.677514+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-003 x3 KIT-006 x2 STA-001 x1",
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
        "stock": 135
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
            "value": 3,
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
        "stock": 37
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 24,
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
        "stock": 82
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 10,
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
          "productId": 12,
          "delta": -3,
          "reason": "order",
          "orderId": 210,
          "stockAfter": 135,
          "at": "2025-03-28T14:08:12.608559+00:00"
        },
        {
          "id": -1,
          "productId": 24,
          "delta": -2,
          "reason": "order",
          "orderId": 210,
          "stockAfter": 37,
          "at": "2025-03-28T14:08:12.608559+00:00"
        },
        {
          "id": -1,
          "productId": 10,
          "delta": -1,
          "reason": "order",
          "orderId": 210,
          "stockAfter": 82,
          "at": "2025-03-28T14:08:12.608559+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}