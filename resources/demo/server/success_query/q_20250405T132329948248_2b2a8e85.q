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
              "productId": 30,
              "sku": "KIT-007",
              "qty": 1,
              "unitPrice": 32.0
            }
          ],
          "total": 32.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-05T13:23:29.723052+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "74d8f373-f3c9-4c4a-92c5-f29e58b0f690",
        "chainParentSerial": "ad54ec6e-b14c-4c2a-8781-3f93aef36fb1",
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
              "timestamp": "2025-04-05T13:23:29.723052+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T13:23:29.891715+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-007 x1",
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
        "stock": 13
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 30,
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
          "productId": 30,
          "delta": -1,
          "reason": "order",
          "orderId": 266,
          "stockAfter": 13,
          "at": "2025-04-05T13:23:29.723052+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}