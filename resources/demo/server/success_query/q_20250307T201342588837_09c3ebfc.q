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
        "value": 60.0,
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
    "serial": "8372b831-00fa-4a7d-af69-78f9a56392c6",
    "chainParentSerial": "e3c5845e-7557-4c19-ad2b-042ddb2622b9",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-45",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 結衣",
      "email": "yui.shimizu62@example.co.jp",
      "createdAt": "2025-03-05T12:59:00.004275+00:00",
      "updatedAt": "2025-03-05T12:59:00.004275+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-a2d63b"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T20:13:42.473401+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 0
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T20:13:42.565766+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: home under $60",
    "why": "商品一覧の閲覧",
    "from": "Androidアプリ",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}