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
              "productId": 11,
              "sku": "STA-002",
              "qty": 1,
              "unitPrice": 38.0
            }
          ],
          "total": 38.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-21T09:10:12.843624+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "bff28be0-6d31-409d-8bb7-c1a3b4cc4c3a",
        "chainParentSerial": "393093ff-8bfd-4343-a2db-9177a04c2b13",
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
              "timestamp": "2025-03-21T09:10:12.843624+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T09:10:12.886856+00:00",
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
        "stock": 18
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
          "orderId": 159,
          "stockAfter": 18,
          "at": "2025-03-21T09:10:12.843624+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}