{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "productId": 28,
      "delta": -2,
      "reason": "adjustment",
      "orderId": null,
      "stockAfter": 38,
      "at": "2025-03-27T00:03:22.770806+00:00"
    }
  ],
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "26c349fd-f81b-420e-b574-f3566b00a747",
    "chainParentSerial": "8597b8e0-5e0b-4107-83a5-c1a5df5c4c10",
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
          "timestamp": "2025-03-27T00:03:22.770806+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "千葉DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T00:03:22.832854+00:00",
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