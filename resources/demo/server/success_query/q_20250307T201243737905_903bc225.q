{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 12,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "e3c5845e-7557-4c19-ad2b-042ddb2622b9",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-45",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 結衣",
      "email": "yui.shimizu62@example.co.jp",
      "createdAt": "2025-03-05T12:59:00.004275+00:00",
      "updatedAt": "2025-03-05T12:59:00.004275+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-a2d63b"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T20:12:43.593537+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 0
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T20:12:43.700732+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 12)",
    "why": "商品一覧の閲覧",
    "from": "Androidアプリ",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}