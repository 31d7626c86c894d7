{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 4,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "dcd425b2-672f-43a5-9e03-7f6a4fb9a69e",
    "chainParentSerial": "f73d081d-ed4a-495f-bcbd-556bc5326fbd",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-79",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 真央",
      "email": "mao.suzuki74@example.co.jp",
      "createdAt": "2025-03-20T07:52:16.422539+00:00",
      "updatedAt": "2025-03-20T07:52:16.422539+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-dc4ab2"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T09:59:52.666121+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T09:59:52.775873+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "商品詳細を表示 (id 4)",
    "why": "商品一覧の閲覧",
    "from": "iOSアプリ",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}