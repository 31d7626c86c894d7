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
          "customerId": 52,
          "items": [
            {
              "productId": 2,
              "sku": "KIT-003",
              "qty": 1,
              "unitPrice": 58.9
            }
          ],
          "total": 58.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T11:56:55.620612+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5696a77d-9aa4-433b-a4fc-94818126ce86",
        "chainParentSerial": "00b50cf7-08f3-49ff-a39c-0867e145083a",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-52",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "清水 花子",
          "email": "hanako.shimizu11@mail.example.ne.jp",
          "createdAt": "2025-03-10T08:41:53.635727+00:00",
          "updatedAt": "2025-03-10T08:41:53.635727+00:00",
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
              "timestamp": "2025-03-24T11:56:55.620612+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T11:56:55.760548+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-003 x1",
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
        "stock": 53
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 2,
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
          "productId": 2,
          "delta": -1,
          "reason": "order",
          "orderId": 184,
          "stockAfter": 53,
          "at": "2025-03-24T11:56:55.620612+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}