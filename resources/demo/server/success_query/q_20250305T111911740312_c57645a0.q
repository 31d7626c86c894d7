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
          "customerId": 19,
          "items": [
            {
              "productId": 11,
              "sku": "STA-002",
              "qty": 1,
              "unitPrice": 38.0
            }
          ],
          "total": 38.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T11:19:11.618608+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "de914f71-7b5a-4af9-9ee7-faab58cb7449",
        "chainParentSerial": "8afe979b-71f7-4ff4-8859-4334e2557229",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-19",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "山田 健太",
          "email": "kenta.yamada@mail.example.ne.jp",
          "createdAt": "2024-10-11T21:11:50+00:00",
          "updatedAt": "2024-10-11T21:11:50+00:00",
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
              "timestamp": "2025-03-05T11:19:11.618608+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T11:19:11.729516+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-002 x1",
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
        "stock": 18
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 11,
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
          "productId": 11,
          "delta": -1,
          "reason": "order",
          "orderId": 46,
          "stockAfter": 18,
          "at": "2025-03-05T11:19:11.618608+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}