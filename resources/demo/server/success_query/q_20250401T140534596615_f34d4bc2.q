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
          "customerId": 74,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 2,
              "unitPrice": 21.0
            }
          ],
          "total": 42.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-01T14:05:34.374417+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "065d5112-cd1a-4b85-80b9-be3408d233db",
        "chainParentSerial": "0b304ec9-c3d0-4b35-aa00-68ad7af70d89",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-74",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "小林 蓮",
          "email": "ren.kobayashi@example.jp",
          "createdAt": "2025-03-19T06:00:26.161403+00:00",
          "updatedAt": "2025-03-19T06:00:26.161403+00:00",
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
              "timestamp": "2025-04-01T14:05:34.374417+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T14:05:34.539613+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-001 x2",
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
        "stock": 33
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
          "productId": 5,
          "delta": -2,
          "reason": "order",
          "orderId": 238,
          "stockAfter": 33,
          "at": "2025-04-01T14:05:34.374417+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}