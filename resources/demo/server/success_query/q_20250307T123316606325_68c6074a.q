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
    "serial": "c358a190-5fd6-47fb-9d0c-0002dcd232c0",
    "chainParentSerial": "907e1ea0-0434-4353-8b6e-d6687ec21788",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-41",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "渡辺 葵",
      "email": "aoi.watanabe88@example.co.jp",
      "createdAt": "2025-03-04T01:09:41.172243+00:00",
      "updatedAt": "2025-03-04T01:09:41.172243+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-0d3502"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T12:33:16.472416+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T12:33:16.599698+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品一覧 2ページ目",
    "why": "商品一覧の閲覧",
    "from": "iOSアプリ",
    "context": {
      "screen": "Catalog"
    },
    "confidenceScore": 1.0
  }
}