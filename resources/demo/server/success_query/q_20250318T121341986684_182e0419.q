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
        "cancelledAt": "2025-03-18T12:13:41.869049+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 136,
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
        "serial": "9a2c307f-d823-4ac2-8c9f-90f6de6f2203",
        "chainParentSerial": "74371933-3eb8-4a8c-a07e-0e0b79d5840e",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-16",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 大輝",
          "email": "daiki.yoshida@mail.example.ne.jp",
          "createdAt": "2024-07-04T14:58:08+00:00",
          "updatedAt": "2024-07-04T14:58:08+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-7b9fe6"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T12:13:41.869049+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T12:13:41.943235+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #136",
        "why": "お客様ご自身によるキャンセル",
        "from": "iOSアプリ",
        "context": {
          "orderId": 136
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
        "stock": 147,
        "updatedAt": "2025-03-18T12:13:41.869049+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 12,
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
          "productId": 12,
          "delta": 5,
          "reason": "cancel",
          "orderId": 136,
          "stockAfter": 147,
          "at": "2025-03-18T12:13:41.869049+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}