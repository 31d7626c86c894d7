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
          "customerId": 57,
          "items": [
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 1,
              "unitPrice": 22.05
            }
          ],
          "total": 22.05,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-11T08:49:41.545811+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "0f677694-830d-4262-92ad-77422aa7bc5a",
        "chainParentSerial": "a155338a-edce-40f3-b038-21dfe63f9d98",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-57",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "中村 拓海",
          "email": "takumi.nakamura@example.co.jp",
          "createdAt": "2025-03-11T08:47:32.104676+00:00",
          "updatedAt": "2025-03-11T08:47:32.104676+00:00",
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
              "timestamp": "2025-03-11T08:49:41.545811+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T08:49:41.653585+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-001 x1",
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
        "stock": 30
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
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
          "productId": 0,
          "delta": -1,
          "reason": "order",
          "orderId": 83,
          "stockAfter": 30,
          "at": "2025-03-11T08:49:41.545811+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}