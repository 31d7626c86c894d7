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
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            }
          ],
          "total": 19.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-09T12:33:08.377811+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "32badc2e-7746-4a21-aa82-b49b38946cd1",
        "chainParentSerial": "e5871960-0607-4e25-b518-3b2f241ca29b",
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
              "timestamp": "2025-03-09T12:33:08.377811+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T12:33:08.550281+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-003 x1",
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
        "stock": 58
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
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 73,
          "stockAfter": 58,
          "at": "2025-03-09T12:33:08.377811+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}