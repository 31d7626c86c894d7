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
              "productId": 8,
              "sku": "FOD-001",
              "qty": 1,
              "unitPrice": 7.25
            }
          ],
          "total": 7.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-13T06:04:46.321679+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d7c7b4ed-0186-4ce9-aba8-f608fa7a90d9",
        "chainParentSerial": "a07afcdb-6610-4c15-ba1a-381d3dfbc49c",
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
              "timestamp": "2025-03-13T06:04:46.321679+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": -39
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-13T06:04:46.405159+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-001 x1",
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
        "stock": 66
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 8,
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
          "productId": 8,
          "delta": -1,
          "reason": "order",
          "orderId": 97,
          "stockAfter": 66,
          "at": "2025-03-13T06:04:46.321679+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}