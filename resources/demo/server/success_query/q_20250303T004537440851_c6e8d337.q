{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 9,
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
    "serial": "133aff38-7e4f-4433-8f8e-94e2ac50325d",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-9",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 蓮",
      "email": "ren.shimizu@mail.example.ne.jp",
      "createdAt": "2024-07-22T06:15:16+00:00",
      "updatedAt": "2024-07-22T06:15:16+00:00",
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
          "timestamp": "2025-03-03T00:45:37.401903+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T00:45:37.427217+00:00",
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