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
          "customerId": 59,
          "items": [
            {
              "productId": 1,
              "sku": "KIT-002",
              "qty": 1,
              "unitPrice": 15.39
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
          "total": 178.09,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-29T07:35:29.963231+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "55734ce2-cde3-43a6-8230-6ed35d0bd4c1",
        "chainParentSerial": "7ab2d599-c43c-4427-9ee6-d45d133b63b9",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-59",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 結衣",
          "email": "yui.inoue30@example.jp",
          "createdAt": "2025-03-11T20:29:31.710747+00:00",
          "updatedAt": "2025-03-11T20:29:31.710747+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-8621c7"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T07:35:29.963231+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 10
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T07:35:30.113876+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-002 x1 KIT-006 x2 STA-001 x1",
        "why": "カートから購入手続き",
        "from": "Androidアプリ",
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
        "stock": 26
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 1,
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
        "stock": 81
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
          "productId": 1,
          "delta": -1,
          "reason": "order",
          "orderId": 218,
          "stockAfter": 26,
          "at": "2025-03-29T07:35:29.963231+00:00"
        },
        {
          "id": -1,
          "productId": 24,
          "delta": -2,
          "reason": "order",
          "orderId": 218,
          "stockAfter": 36,
          "at": "2025-03-29T07:35:29.963231+00:00"
        },
        {
          "id": -1,
          "productId": 10,
          "delta": -1,
          "reason": "order",
          "orderId": 218,
          "stockAfter": 81,
          "at": "2025-03-29T07:35:29.963231+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}