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
              "productId": 1,
              "sku": "KIT-002",
              "qty": 2,
              "unitPrice": 15.39
            },
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 1,
              "unitPrice": 86.51
            }
          ],
          "total": 117.29,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-04T05:42:38.448406+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d988b379-f8cc-41fe-9e6e-57de002903ce",
        "chainParentSerial": "ba031f10-cea7-43fd-bb46-44bb380d0807",
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
              "timestamp": "2025-04-04T05:42:38.448406+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T05:42:38.482197+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-002 x2 KIT-005 x1",
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
        "stock": 23
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
        "stock": 25
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
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
          "delta": -2,
          "reason": "order",
          "orderId": 258,
          "stockAfter": 23,
          "at": "2025-04-04T05:42:38.448406+00:00"
        },
        {
          "id": -1,
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 258,
          "stockAfter": 25,
          "at": "2025-04-04T05:42:38.448406+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}