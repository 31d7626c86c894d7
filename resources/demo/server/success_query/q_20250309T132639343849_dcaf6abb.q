{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "updateOne",
      "overrideData": {
        "status": "cancelled",
        "cancelledAt": "2025-03-09T13:26:39.211278+00:00",
        "cancelReason": "found a better price"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 73,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "in_",
            "field": "status",
            "values": [
              "pending",
              "paid"
            ],
            "version": "1"
          }
        ],
        "version": "1"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "354d0f97-d368-4aa0-824f-2e4bcd2ae4b9",
        "chainParentSerial": "32badc2e-7746-4a21-aa82-b49b38946cd1",
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
              "timestamp": "2025-03-09T13:26:39.211278+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T13:26:39.321249+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #73",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 73
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
        "stock": 59,
        "updatedAt": "2025-03-09T13:26:39.211278+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 16,
        "vType": "auto_",
        "version": "2"
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
          "delta": 1,
          "reason": "cancel",
          "orderId": 73,
          "stockAfter": 59,
          "at": "2025-03-09T13:26:39.211278+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}