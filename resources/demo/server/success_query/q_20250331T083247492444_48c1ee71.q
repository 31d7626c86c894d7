{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "productId": 11,
      "delta": 2,
      "reason": "adjustment",
      "orderId": null,
      "stockAfter": 17,
      "at": "2025-03-31T08:32:47.324621+00:00"
    }
  ],
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "8cab3dac-7cde-44ae-9442-74c139d7119e",
    "chainParentSerial": "e742c528-d294-4bf0-b12e-4ef890c0ee82",
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
          "timestamp": "2025-03-31T08:32:47.324621+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "千葉DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T08:32:47.461174+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "在庫移動を記録",
    "why": "実棚数と帳簿在庫の差異",
    "from": "倉庫ハンディ端末 (千葉DC)",
    "context": null,
    "confidenceScore": 1.0
  }
}