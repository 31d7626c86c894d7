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
    "serial": "6e5be402-a0e6-4b38-8b08-b90e74b2174d",
    "chainParentSerial": "2a91eae6-9c5d-4e45-b6e7-d363a274a975",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-38",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "小林 葵",
      "email": "aoi.kobayashi@example.co.jp",
      "createdAt": "2024-08-05T21:53:16+00:00",
      "updatedAt": "2024-08-05T21:53:16+00:00",
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
          "timestamp": "2025-03-09T16:58:11.156998+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T16:58:11.217974+00:00",
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