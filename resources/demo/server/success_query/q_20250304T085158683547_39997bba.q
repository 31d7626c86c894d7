{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "loyaltyPoints": 150
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 9,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "8dc5fed4-da5f-4a15-84e2-f862959fae6f",
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
          "timestamp": "2025-03-04T08:51:58.550935+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T08:51:58.644099+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "ポイントを付与",
    "why": "配送遅延のお詫び",
    "from": "管理コンソール (本社)",
    "context": {
      "ticket": "CS-7152"
    },
    "confidenceScore": 1.0
  }
}