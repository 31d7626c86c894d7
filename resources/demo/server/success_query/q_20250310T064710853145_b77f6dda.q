{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "getAll",
  "sortObj": {
    "className": "MultiSort",
    "version": "1",
    "sortOrders": [
      {
        "className": "SingleSort",
        "version": "5",
        "field": "category",
        "reversed": false,
        "vType": "auto_"
      },
      {
        "className": "SingleSort",
        "version": "5",
        "field": "price",
        "reversed": false,
        "vType": "auto_"
      }
    ]
  },
  "offset": 12,
  "limit": 12,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "8d561eba-fbcf-4a4c-a4eb-01974feddf5d",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-10T06:47:10.666775+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-10T06:47:10.831728+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品一覧 2ページ目",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "Catalog"
    },
    "confidenceScore": 1.0
  }
}