{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "4e42dbb2-210d-422a-90d0-2f3adcdf281b",
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
          "timestamp": "2025-03-27T14:05:37.233920+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 0
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T14:05:37.370995+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "ギフト特集を表示",
    "why": "商品一覧の閲覧",
    "from": "Androidアプリ",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}