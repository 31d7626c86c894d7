{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "price": 16.2,
    "aiSuggestion": null,
    "updatedAt": "2025-03-06T05:58:20.345426+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 1,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "6a053355-9a87-4c77-9c0f-e19d63a9964f",
    "chainParentSerial": "1ff393eb-f5e2-43b6-8323-cffd3a566dfb",
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
          "timestamp": "2025-03-06T05:58:20.345426+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T05:58:20.469692+00:00",
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