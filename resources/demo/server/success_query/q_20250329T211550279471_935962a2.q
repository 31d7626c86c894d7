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
    "serial": "c94b371f-2cc8-400f-943d-c1b4d456d6f0",
    "chainParentSerial": "4242f313-a5d5-4bf8-91ba-12be9b4b0c89",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-83",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "山本 大輝",
      "email": "daiki.yamamoto@mail.example.ne.jp",
      "createdAt": "2025-03-21T13:54:34.514720+00:00",
      "updatedAt": "2025-03-21T13:54:34.514720+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": []
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T21:15:50.243327+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T21:15:50.263492+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "「お茶」で検索",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}