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
          "customerId": 121,
          "items": [
            {
              "productId": 21,
              "sku": "OUT-003",
              "qty": 1,
              "unitPrice": 8.58
            }
          ],
          "total": 8.58,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-05T08:06:11.503189+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "69d316ce-e508-435a-ad15-13a9eef6c433",
        "chainParentSerial": "ca0d8fd9-86c0-47fe-91a1-de4855e40c68",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-121",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 直樹",
          "email": "naoki.suzuki@example.co.jp",
          "createdAt": "2025-04-05T08:04:00.707904+00:00",
          "updatedAt": "2025-04-05T08:04:00.707904+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-5f6b22"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T08:06:11.503189+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": -21
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T08:06:11.665383+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-003 x1",
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
        "stock": 76
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 21,
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
          "productId": 21,
          "delta": -1,
          "reason": "order",
          "orderId": 262,
          "stockAfter": 76,
          "at": "2025-04-05T08:06:11.503189+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}