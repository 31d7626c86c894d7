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
          "customerId": 86,
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
          "createdAt": "2025-03-30T05:00:42.814661+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "7224438b-7721-45c2-93dd-dd4be5e1ff46",
        "chainParentSerial": "8152904e-13f9-48eb-a7ab-d32b4576a34c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-86",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "山田 真央",
          "email": "mao.yamada33@mail.example.ne.jp",
          "createdAt": "2025-03-23T11:25:53.701268+00:00",
          "updatedAt": "2025-03-23T11:25:53.701268+00:00",
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
              "timestamp": "2025-03-30T05:00:42.814661+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T05:00:42.846903+00:00",
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
        "stock": 106
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
          "orderId": 225,
          "stockAfter": 106,
          "at": "2025-03-30T05:00:42.814661+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}