{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 15,
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
    "serial": "3843687f-ad91-4d6b-99f2-0d67ed4a0447",
    "chainParentSerial": "56a60a07-bda1-4ad6-8897-5ad1209a3e76",
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
          "timestamp": "2025-04-05T10:46:22.014544+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T10:46:22.065687+00:00",
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