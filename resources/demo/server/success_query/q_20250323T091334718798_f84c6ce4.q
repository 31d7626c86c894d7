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
        "cancelledAt": "2025-03-23T09:13:34.488766+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 168,
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
        "serial": "1cc6bae6-73b8-4dc0-9dd3-e7386e269a6f",
        "chainParentSerial": "b3f6fddd-056f-415b-8fee-7327ba160156",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-67",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 大輝",
          "email": "daiki.inoue15@example.co.jp",
          "createdAt": "2025-03-15T11:03:58.751809+00:00",
          "updatedAt": "2025-03-15T11:03:58.751809+00:00",
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
              "timestamp": "2025-03-23T09:13:34.488766+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T09:13:34.659832+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #168",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 168
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
        "stock": 35,
        "updatedAt": "2025-03-23T09:13:34.488766+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 9,
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
        "stock": 109,
        "updatedAt": "2025-03-23T09:13:34.488766+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 3,
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
        "stock": 40,
        "updatedAt": "2025-03-23T09:13:34.488766+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 5,
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
          "productId": 9,
          "delta": 1,
          "reason": "cancel",
          "orderId": 168,
          "stockAfter": 35,
          "at": "2025-03-23T09:13:34.488766+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": 2,
          "reason": "cancel",
          "orderId": 168,
          "stockAfter": 109,
          "at": "2025-03-23T09:13:34.488766+00:00"
        },
        {
          "id": -1,
          "productId": 5,
          "delta": 6,
          "reason": "cancel",
          "orderId": 168,
          "stockAfter": 40,
          "at": "2025-03-23T09:13:34.488766+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}