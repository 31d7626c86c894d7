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
          "customerId": 53,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 3,
              "unitPrice": 9.99
            },
            {
              "productId": 2,
              "sku": "KIT-003",
              "qty": 1,
              "unitPrice": 58.9
            }
          ],
          "total": 88.87,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-16T10:14:58.857793+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3d966172-a7c8-4b0c-a221-2bc1d9788314",
        "chainParentSerial": "d8336f08-89b2-4cce-ad8a-7d36d13497da",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-53",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 愛",
          "email": "ai.yoshida57@mail.example.ne.jp",
          "createdAt": "2025-03-10T10:42:04.442106+00:00",
          "updatedAt": "2025-03-10T10:42:04.442106+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-995b6f"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T10:14:58.857793+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": -39
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T10:14:58.952021+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-004 x3 KIT-003 x1",
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
        "stock": 112
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
        "stock": 56
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 2,
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
          "delta": -3,
          "reason": "order",
          "orderId": 123,
          "stockAfter": 112,
          "at": "2025-03-16T10:14:58.857793+00:00"
        },
        {
          "id": -1,
          "productId": 2,
          "delta": -1,
          "reason": "order",
          "orderId": 123,
          "stockAfter": 56,
          "at": "2025-03-16T10:14:58.857793+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}