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
        "value": "toys",
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
    "serial": "5eb5e1a4-621e-4b80-a852-5d1edd56b0b8",
    "chainParentSerial": "0e586796-ca4a-4e8d-b895-b3814a3bf4db",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-17",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "鈴木 悠真",
      "email": "yuma.suzuki@mail.example.ne.jp",
      "createdAt": "2024-12-25T06:28:41+00:00",
      "updatedAt": "2024-12-25T06:28:41+00:00",
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
          "timestamp": "2025-03-21T00:29:11.210444+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-21T00:29:11.290536+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: toys under $60",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}