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
          "customerId": 34,
          "items": [
            {
              "productId": 21,
              "sku": "OUT-003",
              "qty": 1,
              "unitPrice": 9.5
            }
          ],
          "total": 9.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T12:55:38.653042+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "384235d5-8ecc-47b8-9078-e70972b64751",
        "chainParentSerial": "75d7ac32-9d96-4029-a8d0-87e1c97d279d",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-34",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 真央",
          "email": "mao.watanabe@mail.example.ne.jp",
          "createdAt": "2024-11-04T04:51:30+00:00",
          "updatedAt": "2024-11-04T04:51:30+00:00",
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
              "timestamp": "2025-03-05T12:55:38.653042+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T12:55:38.694290+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-003 x1",
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
        "stock": 81
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
          "orderId": 48,
          "stockAfter": 81,
          "at": "2025-03-05T12:55:38.653042+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}