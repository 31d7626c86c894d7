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
    "serial": "504a955b-dd41-4dff-aa01-2d3a8ac78ad6",
    "chainParentSerial": "1625a3d8-e3a3-40fc-adc7-177f3bb98da1",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-4",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "田中 翔太",
      "email": "shota.tanaka@example.co.jp",
      "createdAt": "2024-11-07T00:25:20+00:00",
      "updatedAt": "2024-11-07T00:25:20+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-fa146c"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T18:55:46.821572+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 0
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T18:55:46.880043+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 10)",
    "why": "商品一覧の閲覧",
    "from": "Androidアプリ",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}