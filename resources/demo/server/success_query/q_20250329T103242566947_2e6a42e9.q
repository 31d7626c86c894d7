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
          "customerId": 44,
          "items": [
            {
              "productId": 11,
              "sku": "STA-002",
              "qty": 1,
              "unitPrice": 39.9
            }
          ],
          "total": 39.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-29T10:32:42.519385+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "69df79cb-4c63-4272-92d7-6767ba048117",
        "chainParentSerial": "def1fc97-1253-46be-be0a-49babf6fe25a",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-44",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "木村 翔太",
          "email": "shota.kimura@mail.example.ne.jp",
          "createdAt": "2025-03-04T10:43:32.068247+00:00",
          "updatedAt": "2025-03-04T10:43:32.068247+00:00",
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
              "timestamp": "2025-03-29T10:32:42.519385+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T10:32:42.541848+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-002 x1",
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
        "stock": 15
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 11,
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
          "productId": 11,
          "delta": -1,
          "reason": "order",
          "orderId": 219,
          "stockAfter": 15,
          "at": "2025-03-29T10:32:42.519385+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}