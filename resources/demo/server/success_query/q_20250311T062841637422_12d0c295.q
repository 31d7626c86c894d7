{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "shipped",
    "shippedAt": "2025-03-11T06:28:41.525363+00:00",
    "carrier": "Sagawa",
    "trackingNo": "JP3536425029"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 72,
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
    "serial": "a58e2559-1845-4b69-bc10-8cf09122ad2a",
    "chainParentSerial": "3f3cc5ad-93b5-4d1c-8e19-f418831415b7",
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
          "timestamp": "2025-03-11T06:28:41.525363+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "千葉DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T06:28:41.612663+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "出荷完了 注文#72",
    "why": "ピッキング・梱包完了",
    "from": "倉庫ハンディ端末 (千葉DC)",
    "context": {
      "station": "pack-4"
    },
    "confidenceScore": 1.0
  }
}