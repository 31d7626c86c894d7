{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 6,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "75d7ac32-9d96-4029-a8d0-87e1c97d279d",
    "chainParentSerial": "b3ee63a4-09d4-4be1-a252-6c856d0ddc30",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-34",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "渡辺 真央",
      "email": "mao.watanabe@mail.example.ne.jp",
      "createdAt": "2024-11-04T04:51:30+00:00",
      "updatedAt": "2024-11-04T04:51:30+00:00",
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
          "timestamp": "2025-03-05T12:54:23.386523+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-05T12:54:23.415133+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 6)",
    "why": "商品一覧の閲覧",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}