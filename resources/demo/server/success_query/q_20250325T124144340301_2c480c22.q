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
    "serial": "108850bb-4916-42db-b473-d152a5d75b7c",
    "chainParentSerial": "e4f0bd95-244f-421e-9667-a0328b8ab7b9",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-26",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 蓮",
      "email": "ren.suzuki66@example.jp",
      "createdAt": "2024-09-23T23:15:58+00:00",
      "updatedAt": "2024-09-23T23:15:58+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-20101a"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-25T12:41:44.186274+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-25T12:41:44.313901+00:00",
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