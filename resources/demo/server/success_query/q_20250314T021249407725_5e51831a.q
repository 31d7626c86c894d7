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
    "serial": "234029d5-bf6b-407b-b4ca-76f2241366f5",
    "chainParentSerial": "9409ee0f-982c-4a4f-abbc-2c82900fbbba",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-62",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "木村 美咲",
      "email": "misaki.kimura@example.jp",
      "createdAt": "2025-03-12T14:35:32.888900+00:00",
      "updatedAt": "2025-03-12T14:35:32.888900+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-4aeb10"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T02:12:49.290755+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 6
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T02:12:49.398786+00:00",
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