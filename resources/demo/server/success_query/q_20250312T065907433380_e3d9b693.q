{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "aiSuggestion": null,
    "updatedAt": "2025-03-12T06:59:07.369636+00:00"
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
    "serial": "6e7c5b2e-0031-4793-94d8-11aea9edde8b",
    "chainParentSerial": "39a67fd8-0894-45ad-8484-cbdab0e82192",
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
          "timestamp": "2025-03-12T06:59:07.369636+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T06:59:07.408748+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "AIの価格提案を却下",
    "why": "ブランドの価格帯を維持するため",
    "from": "管理コンソール (本社)",
    "context": null,
    "confidenceScore": 1.0
  }
}