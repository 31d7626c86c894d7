{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "or_",
    "conditions": [
      {
        "type": "regex_",
        "field": "name",
        "pattern": "(?i)tea",
        "version": "1"
      },
      {
        "type": "contains_",
        "field": "tags",
        "value": "tea",
        "version": "1"
      }
    ],
    "version": "1"
  },
  "limit": 20,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "20c75ac5-c570-4955-800d-918ee10bec5b",
    "chainParentSerial": "760e8bca-3f5e-4286-b8bc-54b44d6fe4e6",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-36",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "伊藤 翔太",
      "email": "shota.ito@example.co.jp",
      "createdAt": "2025-01-06T02:38:53+00:00",
      "updatedAt": "2025-01-06T02:38:53+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-a0641d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T12:13:15.919691+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -15
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T12:13:15.966983+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "「お茶」で検索",
    "why": "商品一覧の閲覧",
    "from": "Androidアプリ",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}