{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "deleteOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 58,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "c8a72bbb-6e1d-4063-97b9-d8a7091efabc",
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
          "timestamp": "2025-03-17T03:48:37.351898+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T03:48:37.455354+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "顧客アカウントを削除 #58",
    "why": "退会・個人情報削除の依頼",
    "from": "管理コンソール (本社)",
    "context": {
      "ticket": "CS-4871"
    },
    "confidenceScore": 1.0
  }
}