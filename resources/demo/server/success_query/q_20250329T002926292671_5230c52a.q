{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 59,
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
    "serial": "0a354176-d087-42ce-a36d-d53a7483688a",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-59",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "井上 結衣",
      "email": "yui.inoue30@example.jp",
      "createdAt": "2025-03-11T20:29:31.710747+00:00",
      "updatedAt": "2025-03-11T20:29:31.710747+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-8621c7"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T00:29:26.219899+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 10
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T00:29:26.277008+00:00",
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