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
    "serial": "2d6cf8e0-eec7-40ca-97ad-68a7ea289e84",
    "chainParentSerial": "96d25b9a-fb79-41bb-8b61-e5de0664c3e0",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-93",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "井上 愛",
      "email": "ai.inoue@example.co.jp",
      "createdAt": "2025-03-26T06:19:29.896723+00:00",
      "updatedAt": "2025-03-26T06:19:29.896723+00:00",
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
          "timestamp": "2025-03-27T06:57:22.119935+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T06:57:22.215277+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "ギフト特集を表示",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}