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
        "cancelledAt": "2025-03-08T02:54:07.574274+00:00",
        "cancelReason": "found a better price"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 58,
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
        "serial": "a2083944-853f-4323-a27d-662aeed68b5b",
        "chainParentSerial": "59dc956c-ce0f-4675-85ca-5f2b2a8d37e2",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-14",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "高橋 健太",
          "email": "kenta.takahashi75@mail.example.ne.jp",
          "createdAt": "2024-06-17T00:16:20+00:00",
          "updatedAt": "2024-06-17T00:16:20+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-22de93"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-08T02:54:07.574274+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-08T02:54:07.633834+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #58",
        "why": "お客様ご自身によるキャンセル",
        "from": "iOSアプリ",
        "context": {
          "orderId": 58
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
        "stock": 92,
        "updatedAt": "2025-03-08T02:54:07.574274+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 23,
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
          "productId": 23,
          "delta": 1,
          "reason": "cancel",
          "orderId": 58,
          "stockAfter": 92,
          "at": "2025-03-08T02:54:07.574274+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}