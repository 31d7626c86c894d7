{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 24,
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
    "serial": "12e7baf0-37b6-48cc-93b2-49a5f3fdd6ea",
    "chainParentSerial": "ee768207-bdab-495d-9b9b-d251f43267ae",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-24",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "松本 悠真",
      "email": "yuma.matsumoto@mail.example.ne.jp",
      "createdAt": "2025-01-11T03:43:06+00:00",
      "updatedAt": "2025-01-11T03:43:06+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-853cab"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T04:32:46.590198+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T04:32:46.653406+00:00",
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