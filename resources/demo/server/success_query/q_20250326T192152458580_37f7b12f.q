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
        "cancelledAt": "2025-03-26T19:21:52.359078+00:00",
        "cancelReason": "found a better price"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 194,
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
        "serial": "7cc5ff50-90ea-4867-8bbf-b0b00df3bd2d",
        "chainParentSerial": "f3bfb0cb-afc5-415a-b60a-de1f2b40e671",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-78",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 拓海",
          "email": "takumi.shimizu53@example.co.jp",
          "createdAt": "2025-03-20T06:17:08.580661+00:00",
          "updatedAt": "2025-03-20T06:17:08.580661+00:00",
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
              "timestamp": "2025-03-26T19:21:52.359078+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-26T19:21:52.415553+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #194",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 194
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
        "stock": 36,
        "updatedAt": "2025-03-26T19:21:52.359078+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 17,
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
          "productId": 17,
          "delta": 5,
          "reason": "cancel",
          "orderId": 194,
          "stockAfter": 36,
          "at": "2025-03-26T19:21:52.359078+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}