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
          "customerId": 45,
          "items": [
            {
              "productId": 25,
              "sku": "TEA-004",
              "qty": 1,
              "unitPrice": 9.6
            },
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 11.48
            }
          ],
          "total": 21.08,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-27T11:34:54.374573+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "8f5340db-ffff-4d7d-aeed-bdc03794bd6a",
        "chainParentSerial": "5c56a638-2f4f-43ac-b00d-75947f486415",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-45",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 結衣",
          "email": "yui.shimizu62@example.co.jp",
          "createdAt": "2025-03-05T12:59:00.004275+00:00",
          "updatedAt": "2025-03-05T12:59:00.004275+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-a2d63b"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T11:34:54.374573+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T11:34:54.411762+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-004 x1 TEA-002 x1",
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
        "stock": 41
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 25,
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
        "stock": 69
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 6,
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
          "productId": 25,
          "delta": -1,
          "reason": "order",
          "orderId": 202,
          "stockAfter": 41,
          "at": "2025-03-27T11:34:54.374573+00:00"
        },
        {
          "id": -1,
          "productId": 6,
          "delta": -1,
          "reason": "order",
          "orderId": 202,
          "stockAfter": 69,
          "at": "2025-03-27T11:34:54.374573+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}