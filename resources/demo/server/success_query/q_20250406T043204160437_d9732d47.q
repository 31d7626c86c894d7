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
    "serial": "ee768207-bdab-495d-9b9b-d251f43267ae",
    "chainParentSerial": null,
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
          "timestamp": "2025-04-06T04:32:03.998627+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T04:32:04.139918+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "「お茶」で検索",
    "why": "商品一覧の閲覧",
    "from": "iOSアプリ",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}