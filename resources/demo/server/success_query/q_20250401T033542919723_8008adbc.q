{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "price": 9.32,
    "aiSuggestion": null,
    "updatedAt": "2025-04-01T03:35:42.874665+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 12,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "9666f23f-8e68-4619-9038-7d52f4da1aa1",
    "chainParentSerial": "54c4f01b-7972-4c1c-8bf8-27b69c4eb664",
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
          "timestamp": "2025-04-01T03:35:42.874665+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T03:35:42.907084+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "AIの価格提案を承認",
    "why": "提案内容を確認し妥当と判断",
    "from": "管理コンソール (本社)",
    "context": null,
    "confidenceScore": 1.0
  }
}