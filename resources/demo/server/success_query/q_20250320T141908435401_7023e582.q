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
              "productId": 24,
              "sku": "KIT-006",
              "qty": 1,
              "unitPrice": 74.0
            }
          ],
          "total": 74.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-20T14:19:08.377038+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "734e4298-14c2-4e9a-8ad7-dc4d9aae7df1",
        "chainParentSerial": "2948f4c6-1343-4f90-8853-d40abb97b33e",
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
              "timestamp": "2025-03-20T14:19:08.377038+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T14:19:08.412728+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-006 x1",
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
        "stock": 7
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 24,
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
          "productId": 24,
          "delta": -1,
          "reason": "order",
          "orderId": 154,
          "stockAfter": 7,
          "at": "2025-03-20T14:19:08.377038+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}