{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 12,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "1841c82a-c203-46ea-91fc-aa9065bf3d0c",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-16T14:48:43.686517+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T14:48:43.836522+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 12)",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}