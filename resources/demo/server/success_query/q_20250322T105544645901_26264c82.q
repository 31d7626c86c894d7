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
          "customerId": 67,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 1,
              "unitPrice": 16.9
            },
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 2,
              "unitPrice": 9.99
            },
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 6,
              "unitPrice": 21.0
            }
          ],
          "total": 162.88,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-22T10:55:44.483975+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d758d8d0-8c74-4e76-bf93-e5c28b8ff689",
        "chainParentSerial": "0408fc2f-1de8-4478-ac0d-c40a91e75346",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-67",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 大輝",
          "email": "daiki.inoue15@example.co.jp",
          "createdAt": "2025-03-15T11:03:58.751809+00:00",
          "updatedAt": "2025-03-15T11:03:58.751809+00:00",
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
              "timestamp": "2025-03-22T10:55:44.483975+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T10:55:44.603351+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-002 x1 KIT-004 x2 TEA-001 x6",
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
        "stock": 34
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
        "stock": 106
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
        "stock": 34
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 6,
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
          "delta": -1,
          "reason": "order",
          "orderId": 168,
          "stockAfter": 34,
          "at": "2025-03-22T10:55:44.483975+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": -2,
          "reason": "order",
          "orderId": 168,
          "stockAfter": 106,
          "at": "2025-03-22T10:55:44.483975+00:00"
        },
        {
          "id": -1,
          "productId": 5,
          "delta": -6,
          "reason": "order",
          "orderId": 168,
          "stockAfter": 34,
          "at": "2025-03-22T10:55:44.483975+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}