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
        "cancelledAt": "2025-04-02T11:05:16.889604+00:00",
        "cancelReason": "found a better price"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 240,
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
        "serial": "3d70a78a-8474-42b7-9f15-cb503b2886e3",
        "chainParentSerial": "df8c2f9c-2296-4e23-ba26-54fc440bfe5f",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-79",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 真央",
          "email": "mao.suzuki74@example.co.jp",
          "createdAt": "2025-03-20T07:52:16.422539+00:00",
          "updatedAt": "2025-03-20T07:52:16.422539+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-dc4ab2"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T11:05:16.889604+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T11:05:16.932408+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #240",
        "why": "お客様ご自身によるキャンセル",
        "from": "iOSアプリ",
        "context": {
          "orderId": 240
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
        "stock": 20,
        "updatedAt": "2025-04-02T11:05:16.889604+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 0,
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
          "productId": 0,
          "delta": 1,
          "reason": "cancel",
          "orderId": 240,
          "stockAfter": 20,
          "at": "2025-04-02T11:05:16.889604+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}