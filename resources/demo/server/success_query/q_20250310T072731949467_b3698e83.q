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
        "cancelledAt": "2025-03-10T07:27:31.736700+00:00",
        "cancelReason": "changed mind"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 75,
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
        "serial": "f8331ec6-e403-43ff-837b-0e1104fa3afe",
        "chainParentSerial": "e68b6dbb-c5f0-41d1-b289-cbee4bde207f",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-37",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 葵",
          "email": "aoi.inoue@example.co.jp",
          "createdAt": "2024-09-26T16:50:27+00:00",
          "updatedAt": "2024-09-26T16:50:27+00:00",
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
              "timestamp": "2025-03-10T07:27:31.736700+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T07:27:31.902555+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #75",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 75
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
        "updatedAt": "2025-03-10T07:27:31.736700+00:00"
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 9,
          "delta": 1,
          "reason": "cancel",
          "orderId": 75,
          "stockAfter": 45,
          "at": "2025-03-10T07:27:31.736700+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}