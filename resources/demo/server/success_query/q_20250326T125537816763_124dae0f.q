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
    "serial": "3a0bc8b1-f3a8-4872-9072-11e75cb21abd",
    "chainParentSerial": "0faf7410-0bb1-4137-991f-73fe6e4d744a",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-33",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 葵",
      "email": "aoi.suzuki@mail.example.ne.jp",
      "createdAt": "2024-12-29T18:03:20+00:00",
      "updatedAt": "2024-12-29T18:03:20+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-494aa5"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-26T12:55:37.730270+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-26T12:55:37.793000+00:00",
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