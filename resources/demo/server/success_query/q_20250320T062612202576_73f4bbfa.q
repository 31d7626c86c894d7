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
              "productId": 10,
              "sku": "STA-001",
              "qty": 6,
              "unitPrice": 14.0
            }
          ],
          "total": 84.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-20T06:26:12.074545+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3dea632e-8325-478c-a655-1c2e5a6e066d",
        "chainParentSerial": "3d9719c2-7b8f-48f4-aacf-23c496261042",
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
              "timestamp": "2025-03-20T06:26:12.074545+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T06:26:12.150646+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-001 x6",
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
        "stock": 81
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 10,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 6,
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
          "productId": 10,
          "delta": -6,
          "reason": "order",
          "orderId": 150,
          "stockAfter": 81,
          "at": "2025-03-20T06:26:12.074545+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}