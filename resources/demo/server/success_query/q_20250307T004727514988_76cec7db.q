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
    "serial": "968d8d98-cd98-4eab-a820-10d624e2cdc7",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-19",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "山田 健太",
      "email": "kenta.yamada@mail.example.ne.jp",
      "createdAt": "2024-10-11T21:11:50+00:00",
      "updatedAt": "2024-10-11T21:11:50+00:00",
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
          "timestamp": "2025-03-07T00:47:27.427691+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T00:47:27.481462+00:00",
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