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
          "customerId": 15,
          "items": [
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 4,
              "unitPrice": 31.32
            }
          ],
          "total": 125.28,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-25T10:30:13.666189+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9d736e11-c5e2-4a54-b213-ee78b6af8290",
        "chainParentSerial": "fdb3017d-2f3c-4d85-81d4-c9409ace35ff",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-15",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "山本 翔太",
          "email": "shota.yamamoto36@example.co.jp",
          "createdAt": "2024-12-21T20:57:36+00:00",
          "updatedAt": "2024-12-21T20:57:36+00:00",
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
              "timestamp": "2025-03-25T10:30:13.666189+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-25T10:30:13.735821+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-002 x4",
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
        "stock": 11
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 20,
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
          "productId": 20,
          "delta": -4,
          "reason": "order",
          "orderId": 190,
          "stockAfter": 11,
          "at": "2025-03-25T10:30:13.666189+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}