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
              "productId": 7,
              "sku": "TEA-003",
              "qty": 2,
              "unitPrice": 8.4
            }
          ],
          "total": 16.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-31T00:01:45.691151+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "c0aaca65-2771-46bb-ae32-1bad2dbc4522",
        "chainParentSerial": null,
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
              "timestamp": "2025-03-31T00:01:45.691151+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T00:01:45.828218+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-003 x2",
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
        "stock": 83
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 7,
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
          "productId": 7,
          "delta": -2,
          "reason": "order",
          "orderId": 231,
          "stockAfter": 83,
          "at": "2025-03-31T00:01:45.691151+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}