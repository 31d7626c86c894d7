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
          "customerId": 37,
          "items": [
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 12.75
            }
          ],
          "total": 12.75,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-03T11:16:08.705740+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "679bb99f-b318-47ad-b7d9-bbac6148e8ff",
        "chainParentSerial": "9e3ae7bd-ce13-4128-b65e-a52a5602d225",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-37",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 葵",
          "email": "aoi.inoue@example.co.jp",
          "createdAt": "2024-09-26T16:50:27+00:00",
          "updatedAt": "2024-09-26T16:50:27+00:00",
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
              "timestamp": "2025-03-03T11:16:08.705740+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T11:16:08.783767+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-002 x1",
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
        "stock": 79
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
          "orderId": 34,
          "stockAfter": 79,
          "at": "2025-03-03T11:16:08.705740+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}