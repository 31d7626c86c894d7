{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 8,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "2f6f8394-9da3-4e69-ad7c-2d14bf798c6d",
    "chainParentSerial": "c9abef88-a862-4d17-a523-8a38d9401418",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-16",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "吉田 大輝",
      "email": "daiki.yoshida@mail.example.ne.jp",
      "createdAt": "2024-07-04T14:58:08+00:00",
      "updatedAt": "2024-07-04T14:58:08+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-7b9fe6"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T02:00:46.286948+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T02:00:46.385126+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 8)",
    "why": "商品一覧の閲覧",
    "from": "iOSアプリ",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}