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
        "cancelledAt": "2025-03-19T13:14:37.212185+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 142,
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
        "serial": "2093110a-1383-49fe-b6d5-c4ff95b31fbd",
        "chainParentSerial": "60b7e7d0-98c1-497d-aa8c-8698cbb9de40",
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
              "timestamp": "2025-03-19T13:14:37.212185+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T13:14:37.338627+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #142",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 142
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
        "stock": 111,
        "updatedAt": "2025-03-19T13:14:37.212185+00:00"
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
        "stock": 50,
        "updatedAt": "2025-03-19T13:14:37.212185+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 25,
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
        "stock": 56,
        "updatedAt": "2025-03-19T13:14:37.212185+00:00"
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 3,
          "delta": 1,
          "reason": "cancel",
          "orderId": 142,
          "stockAfter": 111,
          "at": "2025-03-19T13:14:37.212185+00:00"
        },
        {
          "id": -1,
          "productId": 25,
          "delta": 1,
          "reason": "cancel",
          "orderId": 142,
          "stockAfter": 50,
          "at": "2025-03-19T13:14:37.212185+00:00"
        },
        {
          "id": -1,
          "productId": 2,
          "delta": 4,
          "reason": "cancel",
          "orderId": 142,
          "stockAfter": 56,
          "at": "2025-03-19T13:14:37.212185+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}