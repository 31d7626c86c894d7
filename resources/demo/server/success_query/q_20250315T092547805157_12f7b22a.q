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
    "serial": "4df59137-d1c6-4dc5-b731-feafbd7061b0",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-15T09:25:47.645505+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T09:25:47.799750+00:00",
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