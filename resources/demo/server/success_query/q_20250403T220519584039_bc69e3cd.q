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
        "cancelledAt": "2025-04-03T22:05:19.428842+00:00",
        "cancelReason": "delivery too slow"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 242,
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
        "serial": "e144e531-6f33-4697-b017-9579899a1abe",
        "chainParentSerial": "cef5e3c8-e4a2-420f-8fdc-28cdc62e8754",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-95",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 葵",
          "email": "aoi.shimizu92@mail.example.ne.jp",
          "createdAt": "2025-03-27T13:27:44.404719+00:00",
          "updatedAt": "2025-03-27T13:27:44.404719+00:00",
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
              "timestamp": "2025-04-03T22:05:19.428842+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T22:05:19.546179+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #242",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 242
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
        "stock": 14,
        "updatedAt": "2025-04-03T22:05:19.428842+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 30,
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
        "stock": 41,
        "updatedAt": "2025-04-03T22:05:19.428842+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 15,
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
          "productId": 30,
          "delta": 1,
          "reason": "cancel",
          "orderId": 242,
          "stockAfter": 14,
          "at": "2025-04-03T22:05:19.428842+00:00"
        },
        {
          "id": -1,
          "productId": 15,
          "delta": 1,
          "reason": "cancel",
          "orderId": 242,
          "stockAfter": 41,
          "at": "2025-04-03T22:05:19.428842+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}