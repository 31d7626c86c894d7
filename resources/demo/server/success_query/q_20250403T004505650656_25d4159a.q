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
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 8.99
            }
          ],
          "total": 8.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-03T00:45:05.471496+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "e96c6238-a5e5-4513-a565-17c1b8bfa0da",
        "chainParentSerial": "58ad557a-499d-4fb2-9f83-c367872114f3",
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
              "timestamp": "2025-04-03T00:45:05.471496+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T00:45:05.587268+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-004 x1",
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
        "stock": 99
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 248,
          "stockAfter": 99,
          "at": "2025-04-03T00:45:05.471496+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}