{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "reviewFlag": false,
    "reviewedBy": "st-101"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 113,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "7f421298-1700-4fb8-9d7d-bc29af98d46d",
    "chainParentSerial": "2cd22a46-8bbe-4c44-bf85-03e890dea90d",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "st-101",
      "collectionPermissions": {
        "customers": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "update",
            "updateOne",
            "deleteOne"
          ]
        },
        "orders": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "updateOne"
          ]
        }
      },
      "context": {
        "department": "カスタマーサポート"
      },
      "name": "佐藤 花子",
      "email": "hanako.sato@shop.example.jp",
      "createdAt": "2024-04-01T00:30:00.571749+00:00",
      "updatedAt": "2024-04-04T07:30:00.571749+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "web-19C2B0"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T09:07:50.082393+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T09:07:50.129416+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "不正検知フラグを解除 注文#113",
    "why": "本人確認済み",
    "from": "管理コンソール (本社)",
    "context": null,
    "confidenceScore": 1.0
  }
}