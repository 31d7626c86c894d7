{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 33,
    "vType": "auto_",
    "version": "2"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "createdAt",
    "reversed": true,
    "vType": "datetime_"
  },
  "limit": 5,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "85b92103-3d68-4317-95b1-ff3ad4719847",
    "chainParentSerial": "f109b478-fbd7-4b89-ac9b-dde03683284c",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-33",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 葵",
      "email": "aoi.suzuki@mail.example.ne.jp",
      "createdAt": "2024-12-29T18:03:20+00:00",
      "updatedAt": "2024-12-29T18:03:20+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-494aa5"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T01:38:38.675499+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T01:38:38.835155+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "注文履歴を表示",
    "why": "注文状況の確認",
    "from": "iOSアプリ",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}