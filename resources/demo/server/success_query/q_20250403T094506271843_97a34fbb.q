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
          "customerId": 110,
          "items": [
            {
              "productId": 18,
              "sku": "HOM-005",
              "qty": 2,
              "unitPrice": 15.5
            }
          ],
          "total": 31.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-03T09:45:06.092940+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "05f276a9-327e-40b4-b8a3-1ae349fb6c55",
        "chainParentSerial": "be97b937-bc97-40cc-86f1-d1b919d63c71",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-110",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "鈴木 大輝",
          "email": "daiki.suzuki@example.co.jp",
          "createdAt": "2025-03-31T02:36:11.849924+00:00",
          "updatedAt": "2025-03-31T02:36:11.849924+00:00",
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
              "timestamp": "2025-04-03T09:45:06.092940+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T09:45:06.263248+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-005 x2",
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
            "value": 18,
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
          "productId": 18,
          "delta": -2,
          "reason": "order",
          "orderId": 254,
          "stockAfter": 30,
          "at": "2025-04-03T09:45:06.092940+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}