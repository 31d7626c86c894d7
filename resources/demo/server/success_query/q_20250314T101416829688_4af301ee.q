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
              "productId": 23,
              "sku": "TOY-002",
              "qty": 1,
              "unitPrice": 10.25
            }
          ],
          "total": 10.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-14T10:14:16.615829+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "86e156c2-27f4-4424-b152-8f5485917e25",
        "chainParentSerial": "c84f35c6-8dea-4c29-939f-38c34e0a80be",
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
              "timestamp": "2025-03-14T10:14:16.615829+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 10
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T10:14:16.787800+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TOY-002 x1",
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
        "stock": 89
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 23,
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
          "productId": 23,
          "delta": -1,
          "reason": "order",
          "orderId": 110,
          "stockAfter": 89,
          "at": "2025-03-14T10:14:16.615829+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}