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
          "customerId": 20,
          "items": [
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 11.48
            }
          ],
          "total": 11.48,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T11:11:38.228220+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "25231046-9204-4028-a84c-5cacd5c3447f",
        "chainParentSerial": "efc9c5d4-5fff-4480-a78c-410810c816c9",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-20",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 花子",
          "email": "hanako.yoshida@example.jp",
          "createdAt": "2024-09-04T04:20:27+00:00",
          "updatedAt": "2024-09-04T04:20:27+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-3e41d1"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T11:11:38.228220+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 9
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T11:11:38.337114+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-002 x1",
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
        "stock": 74
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
          "productId": 6,
          "delta": -1,
          "reason": "order",
          "orderId": 94,
          "stockAfter": 74,
          "at": "2025-03-12T11:11:38.228220+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}