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
          "customerId": 37,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 1,
              "unitPrice": 16.9
            }
          ],
          "total": 16.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-10T00:27:25.227756+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d806317a-3ed9-4eb8-bd8f-a8f6a046b3f8",
        "chainParentSerial": "fb5d58a1-62bd-4244-9ba2-becfd20ce435",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-37",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 葵",
          "email": "aoi.inoue@example.co.jp",
          "createdAt": "2024-09-26T16:50:27+00:00",
          "updatedAt": "2024-09-26T16:50:27+00:00",
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
              "timestamp": "2025-03-10T00:27:25.227756+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T00:27:25.262170+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-002 x1",
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
        "stock": 44
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 9,
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
          "productId": 9,
          "delta": -1,
          "reason": "order",
          "orderId": 75,
          "stockAfter": 44,
          "at": "2025-03-10T00:27:25.227756+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}