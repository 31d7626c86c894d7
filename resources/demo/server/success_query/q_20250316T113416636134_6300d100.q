{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 53,
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
  "limit": 5,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "d5725f76-f856-4dc7-a398-59bd35a3d309",
    "chainParentSerial": "3b0cf528-4267-499f-a488-0c8df1484796",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-53",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "吉田 愛",
      "email": "ai.yoshida57@mail.example.ne.jp",
      "createdAt": "2025-03-10T10:42:04.442106+00:00",
      "updatedAt": "2025-03-10T10:42:04.442106+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-995b6f"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T11:34:16.454070+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -39
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T11:34:16.627973+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "注文履歴を表示",
    "why": "注文状況の確認",
    "from": "Androidアプリ",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}