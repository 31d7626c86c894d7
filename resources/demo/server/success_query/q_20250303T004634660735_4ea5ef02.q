{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "category",
        "value": "stationery",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThanOrEqual_",
        "field": "price",
        "value": 80.0,
        "vType": "floatStrict_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": false,
    "vType": "auto_"
  },
  "limit": 10,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "22897589-dedf-4ef0-8507-cd02ff0ae86c",
    "chainParentSerial": "133aff38-7e4f-4433-8f8e-94e2ac50325d",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-9",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 蓮",
      "email": "ren.shimizu@mail.example.ne.jp",
      "createdAt": "2024-07-22T06:15:16+00:00",
      "updatedAt": "2024-07-22T06:15:16+00:00",
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
          "timestamp": "2025-03-03T00:46:34.575314+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T00:46:34.627885+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: stationery under $80",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}