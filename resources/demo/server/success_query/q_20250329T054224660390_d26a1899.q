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
          "customerId": 103,
          "items": [
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            }
          ],
          "total": 19.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-29T05:42:24.587384+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "80c59dc3-a693-48c0-867d-73e1ac15e777",
        "chainParentSerial": "431e5b28-9709-4eaa-bbf7-3285999bf059",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-103",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 太郎",
          "email": "taro.watanabe@example.co.jp",
          "createdAt": "2025-03-29T05:39:42.021954+00:00",
          "updatedAt": "2025-03-29T05:39:42.021954+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": []
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T05:42:24.587384+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T05:42:24.629523+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-003 x1",
        "why": "カートから購入手続き",
        "from": "Webショップ (Chrome)",
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
        "stock": 52
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
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 216,
          "stockAfter": 52,
          "at": "2025-03-29T05:42:24.587384+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}