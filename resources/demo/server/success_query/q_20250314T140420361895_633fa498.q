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
    "serial": "2e0f8d8f-222b-4459-b3dd-fbe03d34a2d8",
    "chainParentSerial": "64d2b55a-b8b8-4768-b6dd-5e5791f0e949",
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
          "timestamp": "2025-03-14T14:04:20.245072+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T14:04:20.352938+00:00",
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