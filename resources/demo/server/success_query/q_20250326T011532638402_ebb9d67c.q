{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "update",
  "overrideData": {
    "campaign": "sakura-2025",
    "updatedAt": "2025-03-26T01:15:32.539113+00:00"
  },
  "queryNode": {
    "type": "or_",
    "conditions": [
      {
        "type": "contains_",
        "field": "tags",
        "value": "spring",
        "version": "1"
      },
      {
        "type": "contains_",
        "field": "tags",
        "value": "gift",
        "version": "1"
      }
    ],
    "version": "1"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "3755ac4d-ee04-4e39-89de-f35b5949eb4a",
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
          "timestamp": "2025-03-26T01:15:32.539113+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-26T01:15:32.611002+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "桜キャンペーン対象商品を設定",
    "why": "春のキャンペーン (3/26-4/6)",
    "from": "管理コンソール (本社)",
    "context": null,
    "confidenceScore": 1.0
  }
}