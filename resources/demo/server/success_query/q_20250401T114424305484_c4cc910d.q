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
    "serial": "a15f9470-d489-4ba4-b49c-e3425ddd8c4f",
    "chainParentSerial": "a6713bf9-0f1a-49cd-97d7-202029c3a16b",
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
          "timestamp": "2025-04-01T11:44:24.236223+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T11:44:24.295543+00:00",
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