{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 46,
    "vType": "auto_",
    "version": "2"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "createdAt",
    "reversed": true,
    "vType": "datetime_"
  },
  "limit": 10,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "f835f36c-0e93-459c-8c37-b5afec544083",
    "chainParentSerial": "9ef2be05-0c2e-4df3-beb4-3a95c4ee05ca",
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
          "timestamp": "2025-03-13T06:19:14.673682+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T06:19:14.808611+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "顧客の注文履歴を確認",
    "why": "顧客からの問い合わせ対応",
    "from": "管理コンソール (本社)",
    "context": {
      "ticket": "CS-4631"
    },
    "confidenceScore": 1.0
  }
}