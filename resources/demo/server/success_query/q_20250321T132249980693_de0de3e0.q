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
    "serial": "8ea9aa5c-04d9-47f1-8cf7-643d9a823827",
    "chainParentSerial": "c5b5ae16-f38f-4cde-ad9b-0a3fdaa69d6b",
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
          "timestamp": "2025-03-21T13:22:49.865291+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-21T13:22:49.965264+00:00",
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