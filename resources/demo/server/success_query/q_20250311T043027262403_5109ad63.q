{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 47,
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
    "serial": "add68d00-5311-46d8-b205-abc2f400e720",
    "chainParentSerial": "2864d579-d52c-47d8-a7f4-5c00fa2b9f18",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-47",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "渡辺 蓮",
      "email": "ren.watanabe12@example.jp",
      "createdAt": "2025-03-06T04:16:29.576450+00:00",
      "updatedAt": "2025-03-06T04:16:29.576450+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-58cf6e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T04:30:27.156305+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T04:30:27.246552+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "注文履歴を表示",
    "why": "注文状況の確認",
    "from": "iOSアプリ",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}