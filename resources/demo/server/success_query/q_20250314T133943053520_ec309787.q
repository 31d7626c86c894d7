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
    "serial": "a721e9bb-97a9-4246-b9df-3443b79312e4",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-25",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "松本 葵",
      "email": "aoi.matsumoto32@mail.example.ne.jp",
      "createdAt": "2025-02-19T03:07:15+00:00",
      "updatedAt": "2025-02-19T03:07:15+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-a9303a"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T13:39:42.981872+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T13:39:43.016695+00:00",
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