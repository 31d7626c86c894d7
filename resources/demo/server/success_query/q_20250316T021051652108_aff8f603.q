{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "shipped",
    "shippedAt": "2025-03-16T02:10:51.526361+00:00",
    "carrier": "DHL",
    "trackingNo": "JP3410283778"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 107,
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "equals_",
        "field": "status",
        "value": "paid",
        "vType": "auto_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "035166e9-8d9d-4545-a6dc-0b013b7ca73e",
    "chainParentSerial": "8e3c1b76-36d2-4f68-8afc-3d53b7fdbf35",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "st-201",
      "collectionPermissions": null,
      "context": {
        "department": "物流センター"
      },
      "name": "田中 健太",
      "email": "kenta.tanaka@shop.example.jp",
      "createdAt": "2024-05-20T00:00:00.118201+00:00",
      "updatedAt": "2024-05-23T07:00:00.118201+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "scanner-CHB-07"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T02:10:51.526361+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "千葉DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T02:10:51.635347+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "出荷完了 注文#107",
    "why": "ピッキング・梱包完了",
    "from": "倉庫ハンディ端末 (千葉DC)",
    "context": {
      "station": "pack-3"
    },
    "confidenceScore": 1.0
  }
}