{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 10,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "4d81b481-4412-4e03-b99f-ebd63e4e9da7",
    "chainParentSerial": "7993004d-8f02-4ff2-9d6c-039e8988d9f1",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-81",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "井上 健太",
      "email": "kenta.inoue10@example.co.jp",
      "createdAt": "2025-03-21T08:41:49.123860+00:00",
      "updatedAt": "2025-03-21T08:41:49.123860+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-313782"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-25T02:45:23.112305+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-25T02:45:23.210351+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 10)",
    "why": "商品一覧の閲覧",
    "from": "iOSアプリ",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}