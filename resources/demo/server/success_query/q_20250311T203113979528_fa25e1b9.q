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
              "productId": 16,
              "sku": "HOM-003",
              "qty": 2,
              "unitPrice": 19.8
            }
          ],
          "total": 39.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-11T20:31:13.894426+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3eeb7be2-e702-46e1-b45a-6dc66ac2b924",
        "chainParentSerial": "9196440a-39d9-4fab-b5f4-f9359228e02e",
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
              "timestamp": "2025-03-11T20:31:13.894426+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 10
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T20:31:13.913946+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-003 x2",
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
        "stock": 57
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 16,
          "delta": -2,
          "reason": "order",
          "orderId": 86,
          "stockAfter": 57,
          "at": "2025-03-11T20:31:13.894426+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}