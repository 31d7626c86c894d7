{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 19,
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
    "serial": "16a2095f-c231-4846-9d16-0e039c39869a",
    "chainParentSerial": "21a5c0e2-7437-44fa-9ee5-0dd5263ecdda",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-19",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "山田 健太",
      "email": "kenta.yamada@mail.example.ne.jp",
      "createdAt": "2024-10-11T21:11:50+00:00",
      "updatedAt": "2024-10-11T21:11:50+00:00",
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
          "timestamp": "2025-03-10T01:55:46.547297+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-10T01:55:46.672743+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "注文履歴を表示",
    "why": "注文状況の確認",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}