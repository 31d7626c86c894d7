{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "sku": "KIT-LTD1",
      "name": "九谷焼 酒器セット (限定)",
      "category": "kitchen",
      "price": 120.0,
      "stock": 6,
      "tags": [
        "limited",
        "gift"
      ],
      "active": true,
      "updatedAt": "2025-03-15T03:01:08.063130+00:00"
    }
  ],
  "returnData": true,
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "60579599-d947-4515-8f8c-326b4cf05e14",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "st-301",
      "collectionPermissions": null,
      "context": {
        "department": "商品企画"
      },
      "name": "鈴木 美咲",
      "email": "misaki.suzuki@shop.example.jp",
      "createdAt": "2024-02-14T00:00:00.650012+00:00",
      "updatedAt": "2024-02-17T07:00:00.650012+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "mac-3F8C2A"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T03:01:08.063130+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T03:01:08.230060+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "限定商品を公開: 九谷焼 酒器セット",
    "why": "数量限定 6 セットの先行販売",
    "from": "管理コンソール (本社)",
    "context": null,
    "confidenceScore": 1.0
  }
}