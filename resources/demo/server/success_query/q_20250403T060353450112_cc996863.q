{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 11,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "d90171e9-ebbd-4750-82f2-26a6e44ee548",
    "chainParentSerial": "6e3d3f29-e39d-4031-a17f-5a16fe91c58b",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-52",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "清水 花子",
      "email": "hanako.shimizu11@mail.example.ne.jp",
      "createdAt": "2025-03-10T08:41:53.635727+00:00",
      "updatedAt": "2025-03-10T08:41:53.635727+00:00",
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
          "timestamp": "2025-04-03T06:03:53.338180+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T06:03:53.412840+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 11)",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}