{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "shipped",
    "shippedAt": "2025-03-10T07:22:04.114839+00:00",
    "carrier": "Yamato",
    "trackingNo": "JP3755064607"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 68,
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
    "serial": "76c7a0d6-0ae1-4547-897c-03636750cde4",
    "chainParentSerial": "53e7f8b4-e580-48bb-890b-b50ebe77aeff",
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
          "timestamp": "2025-03-10T07:22:04.114839+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "千葉DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-10T07:22:04.280387+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "出荷完了 注文#68",
    "why": "ピッキング・梱包完了",
    "from": "倉庫ハンディ端末 (千葉DC)",
    "context": {
      "station": "pack-2"
    },
    "confidenceScore": 1.0
  }
}