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
              "productId": 16,
              "sku": "HOM-003",
              "qty": 2,
              "unitPrice": 19.8
            }
          ],
          "total": 39.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-03T04:04:14.997261+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "42596f80-2b95-4531-995e-957f203174fb",
        "chainParentSerial": "51612e00-1d8a-483f-a121-a31831d03e3a",
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
              "timestamp": "2025-03-03T04:04:14.997261+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T04:04:15.157184+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-003 x2",
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
        "stock": 63
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
          "productId": 16,
          "delta": -2,
          "reason": "order",
          "orderId": 30,
          "stockAfter": 63,
          "at": "2025-03-03T04:04:14.997261+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}