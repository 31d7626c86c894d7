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
    "serial": "e0a2ffc5-8262-4e4d-9c72-338d10d636bf",
    "chainParentSerial": "23f3e2e5-883a-4186-bb2b-51d2b5e17b53",
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
          "timestamp": "2025-03-24T06:07:10.007933+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T06:07:10.171643+00:00",
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