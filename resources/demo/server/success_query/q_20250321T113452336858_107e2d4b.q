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
          "customerId": 49,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 10.35
            }
          ],
          "total": 10.35,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-21T11:34:52.190452+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "1dafea09-69a1-4d92-8e8f-59abb6f6df45",
        "chainParentSerial": "e7d2b4b4-1edb-41ef-8c06-ed60c3446e9c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-49",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 直樹",
          "email": "naoki.watanabe@example.co.jp",
          "createdAt": "2025-03-09T01:52:39.561740+00:00",
          "updatedAt": "2025-03-09T01:52:39.561740+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-e46ec9"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T11:34:52.190452+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 9
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T11:34:52.281153+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-003 x1",
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
        "stock": 144
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 12,
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
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 162,
          "stockAfter": 144,
          "at": "2025-03-21T11:34:52.190452+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}