{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "stock": 77,
    "updatedAt": "2025-04-03T06:50:39.716027+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 21,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "117ede0d-7f14-4d01-b1ac-c5a2d7f2d806",
    "chainParentSerial": null,
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
          "timestamp": "2025-04-03T06:50:39.716027+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "千葉DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T06:50:39.748425+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "棚卸し差異を反映: OUT-003",
    "why": "実棚数と帳簿在庫の差異",
    "from": "倉庫ハンディ端末 (千葉DC)",
    "context": null,
    "confidenceScore": 1.0
  }
}