{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 36,
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
    "serial": "bed2bf78-54a7-4bcc-a659-4a7d11c2ae04",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-36",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "伊藤 翔太",
      "email": "shota.ito@example.co.jp",
      "createdAt": "2025-01-06T02:38:53+00:00",
      "updatedAt": "2025-01-06T02:38:53+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-a0641d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-23T13:46:06.633216+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -15
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-23T13:46:06.717325+00:00",
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