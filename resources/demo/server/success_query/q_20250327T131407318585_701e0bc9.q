{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 27,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "4ad14340-4671-483d-905a-e3ab9fd0d916",
    "chainParentSerial": "a46b2169-78c7-4537-873c-3b5528d28b16",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-67",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "井上 大輝",
      "email": "daiki.inoue15@example.co.jp",
      "createdAt": "2025-03-15T11:03:58.751809+00:00",
      "updatedAt": "2025-03-15T11:03:58.751809+00:00",
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
          "timestamp": "2025-03-27T13:14:07.135286+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T13:14:07.305807+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 27)",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}