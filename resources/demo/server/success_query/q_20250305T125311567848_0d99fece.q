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
    "serial": "b3ee63a4-09d4-4be1-a252-6c856d0ddc30",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-34",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "渡辺 真央",
      "email": "mao.watanabe@mail.example.ne.jp",
      "createdAt": "2024-11-04T04:51:30+00:00",
      "updatedAt": "2024-11-04T04:51:30+00:00",
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
          "timestamp": "2025-03-05T12:53:11.474305+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-05T12:53:11.558592+00:00",
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