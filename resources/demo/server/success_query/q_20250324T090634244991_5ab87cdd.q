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
        "value": "home",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThanOrEqual_",
        "field": "price",
        "value": 40.0,
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
    "serial": "780ffd70-1bd8-432f-aa0a-23a85daf20c2",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-81",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "井上 健太",
      "email": "kenta.inoue10@example.co.jp",
      "createdAt": "2025-03-21T08:41:49.123860+00:00",
      "updatedAt": "2025-03-21T08:41:49.123860+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-313782"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T09:06:34.197376+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T09:06:34.240430+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: home under $40",
    "why": "商品一覧の閲覧",
    "from": "iOSアプリ",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}