{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "email",
    "value": "mao.sato28@example.co.jp",
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "fedb2351-2308-4caf-8fef-c903a8845a77",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-05T03:56:15.197796+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-05T03:56:15.311181+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "メールアドレスで顧客検索",
    "why": "顧客からの問い合わせ対応",
    "from": "管理コンソール (本社)",
    "context": {
      "ticket": "CS-6692"
    },
    "confidenceScore": 1.0
  }
}