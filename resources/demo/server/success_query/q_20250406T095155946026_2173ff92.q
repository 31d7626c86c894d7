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
        "cancelledAt": "2025-04-06T09:51:55.894249+00:00",
        "cancelReason": "found a better price"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 261,
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
        "serial": "536af6aa-b1d5-4407-9495-0ec8dbc63627",
        "chainParentSerial": "c1f8a980-b880-4f27-ac22-ed37cce31542",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-80",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 愛",
          "email": "ai.yoshida@example.co.jp",
          "createdAt": "2025-03-20T12:13:25.454357+00:00",
          "updatedAt": "2025-03-20T12:13:25.454357+00:00",
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
              "timestamp": "2025-04-06T09:51:55.894249+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T09:51:55.912760+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #261",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 261
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
        "stock": 45,
        "updatedAt": "2025-04-06T09:51:55.894249+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 2,
        "vType": "auto_",
        "version": "2"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 7,
        "updatedAt": "2025-04-06T09:51:55.894249+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 20,
        "vType": "auto_",
        "version": "2"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 35,
        "updatedAt": "2025-04-06T09:51:55.894249+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 24,
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
          "productId": 2,
          "delta": 1,
          "reason": "cancel",
          "orderId": 261,
          "stockAfter": 45,
          "at": "2025-04-06T09:51:55.894249+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": 1,
          "reason": "cancel",
          "orderId": 261,
          "stockAfter": 7,
          "at": "2025-04-06T09:51:55.894249+00:00"
        },
        {
          "id": -1,
          "productId": 24,
          "delta": 1,
          "reason": "cancel",
          "orderId": 261,
          "stockAfter": 35,
          "at": "2025-04-06T09:51:55.894249+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}