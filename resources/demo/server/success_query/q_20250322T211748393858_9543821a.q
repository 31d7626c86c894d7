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
        "cancelledAt": "2025-03-22T21:17:48.175127+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 169,
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
        "serial": "7c1f3603-adb3-4a3f-a007-cf795df276da",
        "chainParentSerial": "a647b504-e6bf-462d-942b-ac8e6dcb0865",
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
              "timestamp": "2025-03-22T21:17:48.175127+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T21:17:48.330430+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #169",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 169
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
        "stock": 107,
        "updatedAt": "2025-03-22T21:17:48.175127+00:00"
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 3,
          "delta": 1,
          "reason": "cancel",
          "orderId": 169,
          "stockAfter": 107,
          "at": "2025-03-22T21:17:48.175127+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}