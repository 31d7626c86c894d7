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
    "serial": "2fa1760d-5983-495c-b365-ccc13f7407e3",
    "chainParentSerial": "3085b4d5-3313-4cf8-9fb2-bd8c314c1e22",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-88",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 悠真",
      "email": "yuma.shimizu00@example.jp",
      "createdAt": "2025-03-24T02:47:35.334240+00:00",
      "updatedAt": "2025-03-24T02:47:35.334240+00:00",
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
          "timestamp": "2025-04-03T12:58:59.174404+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T12:58:59.202600+00:00",
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