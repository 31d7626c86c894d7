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
    "serial": "2a848731-553a-4e3b-a1fc-423ede6da3d0",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-15",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "山本 翔太",
      "email": "shota.yamamoto36@example.co.jp",
      "createdAt": "2024-12-21T20:57:36+00:00",
      "updatedAt": "2024-12-21T20:57:36+00:00",
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
          "timestamp": "2025-03-18T04:00:22.989710+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T04:00:23.008127+00:00",
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