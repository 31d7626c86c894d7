{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "price": 96.12,
    "aiSuggestion": null,
    "updatedAt": "2025-03-18T01:53:01.480376+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 4,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "f0521f84-dab3-46c1-a6af-0eecc496a3b7",
    "chainParentSerial": "37a39f43-05e1-467f-9525-c239075432f1",
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
          "timestamp": "2025-03-18T01:53:01.480376+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T01:53:01.511413+00:00",
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