{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 76,
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
    "serial": "4e2f7cf6-b512-4c6b-9476-f55660e8f22a",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-76",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "佐藤 太郎",
      "email": "taro.sato@example.jp",
      "createdAt": "2025-03-19T13:32:43.267530+00:00",
      "updatedAt": "2025-03-19T13:32:43.267530+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-350e3d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T12:48:19.444597+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T12:48:19.488057+00:00",
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