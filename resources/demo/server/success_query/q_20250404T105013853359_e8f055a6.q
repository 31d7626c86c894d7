{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 102,
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
    "serial": "4e4089be-e17e-4571-85cf-53b9898ee75f",
    "chainParentSerial": "5d60d7d3-5d9b-441b-aac3-67366f9854fd",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-102",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "吉田 拓海",
      "email": "takumi.yoshida75@example.co.jp",
      "createdAt": "2025-03-29T04:09:32.704670+00:00",
      "updatedAt": "2025-03-29T04:09:32.704670+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-2fbca5"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T10:50:13.657449+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -28
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T10:50:13.816055+00:00",
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