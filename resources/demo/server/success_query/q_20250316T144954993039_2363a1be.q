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
        "value": "outdoor",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThanOrEqual_",
        "field": "price",
        "value": 50.0,
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
    "serial": "8c940669-d458-45d4-9ac9-71c56f4bfb57",
    "chainParentSerial": "1841c82a-c203-46ea-91fc-aa9065bf3d0c",
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
          "timestamp": "2025-03-16T14:49:54.824679+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T14:49:54.953176+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: outdoor under $50",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}