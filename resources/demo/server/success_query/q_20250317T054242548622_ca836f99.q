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
    "serial": "b92dac67-1395-4c8c-9cde-939c3f061b94",
    "chainParentSerial": "e5d803a1-26f8-4aad-abf4-77bef949f5ac",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-1",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "加藤 蓮",
      "email": "ren.kato@example.co.jp",
      "createdAt": "2024-09-29T16:28:05+00:00",
      "updatedAt": "2024-09-29T16:28:05+00:00",
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
          "timestamp": "2025-03-17T05:42:42.463403+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T05:42:42.541214+00:00",
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