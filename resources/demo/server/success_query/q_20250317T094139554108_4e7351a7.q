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
          "customerId": 18,
          "items": [
            {
              "productId": 13,
              "sku": "STA-004",
              "qty": 1,
              "unitPrice": 6.8
            }
          ],
          "total": 6.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-17T09:41:39.352666+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "e738ab27-6b78-463f-bf8d-016999931209",
        "chainParentSerial": "77342f52-f1a5-454c-840e-48415016f049",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-18",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "松本 愛",
          "email": "ai.matsumoto@example.co.jp",
          "createdAt": "2024-10-21T16:36:15+00:00",
          "updatedAt": "2024-10-21T16:36:15+00:00",
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
              "timestamp": "2025-03-17T09:41:39.352666+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T09:41:39.519680+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-004 x1",
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
        "stock": 68
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 13,
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
          "productId": 13,
          "delta": -1,
          "reason": "order",
          "orderId": 128,
          "stockAfter": 68,
          "at": "2025-03-17T09:41:39.352666+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}