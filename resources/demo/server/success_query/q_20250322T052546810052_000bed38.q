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
    "serial": "9d780e90-de1b-4323-8ea3-0e2408287e60",
    "chainParentSerial": "05b22e50-a2cb-46ae-b696-37e8bb5eb4eb",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-72",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "佐藤 大輝",
      "email": "daiki.sato@mail.example.ne.jp",
      "createdAt": "2025-03-18T14:38:35.525474+00:00",
      "updatedAt": "2025-03-18T14:38:35.525474+00:00",
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
          "timestamp": "2025-03-22T05:25:46.712093+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T05:25:46.774277+00:00",
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