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
          "customerId": 63,
          "items": [
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 4,
              "unitPrice": 96.12
            }
          ],
          "total": 384.48,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T00:33:22.860588+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5b1417e2-a60a-443f-810f-ed22d1066b26",
        "chainParentSerial": "e7cf28d3-366d-4a85-8bfe-97205b92a6cd",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-63",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 太郎",
          "email": "taro.inoue@example.co.jp",
          "createdAt": "2025-03-13T03:36:34.892494+00:00",
          "updatedAt": "2025-03-13T03:36:34.892494+00:00",
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
              "timestamp": "2025-04-02T00:33:22.860588+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T00:33:22.981634+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-005 x4",
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
        "stock": 26
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 4,
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
          "productId": 4,
          "delta": -4,
          "reason": "order",
          "orderId": 239,
          "stockAfter": 26,
          "at": "2025-04-02T00:33:22.860588+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}