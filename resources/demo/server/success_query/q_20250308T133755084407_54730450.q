{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 1,
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
    "serial": "efcf9ef4-2fa7-4716-83a2-1ae8add0bebf",
    "chainParentSerial": "d921efd2-0ebf-4168-995a-0ea2837a236c",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-1",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "加藤 蓮",
      "email": "ren.kato@example.co.jp",
      "createdAt": "2024-09-29T16:28:05+00:00",
      "updatedAt": "2024-09-29T16:28:05+00:00",
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
          "timestamp": "2025-03-08T13:37:54.889316+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T13:37:55.067932+00:00",
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