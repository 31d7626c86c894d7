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
          "customerId": 35,
          "items": [
            {
              "productId": 1,
              "sku": "KIT-002",
              "qty": 1,
              "unitPrice": 15.39
            }
          ],
          "total": 15.39,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-18T09:16:56.145226+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b608e7cd-50f0-4e92-9c90-859a9cb6ff92",
        "chainParentSerial": "909ea2f9-9d4d-4a51-ba0f-47eac3c9fcb4",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-35",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "佐藤 翔太",
          "email": "shota.sato@example.jp",
          "createdAt": "2025-01-01T13:26:16+00:00",
          "updatedAt": "2025-01-01T13:26:16+00:00",
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
              "timestamp": "2025-03-18T09:16:56.145226+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T09:16:56.197868+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-002 x1",
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
        "stock": 29
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 1,
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
          "productId": 1,
          "delta": -1,
          "reason": "order",
          "orderId": 135,
          "stockAfter": 29,
          "at": "2025-03-18T09:16:56.145226+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}