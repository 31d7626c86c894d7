{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 37,
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
    "serial": "15e0c069-3a40-4a68-9205-007632645c85",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-37",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "井上 葵",
      "email": "aoi.inoue@example.co.jp",
      "createdAt": "2024-09-26T16:50:27+00:00",
      "updatedAt": "2024-09-26T16:50:27+00:00",
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
          "timestamp": "2025-03-28T12:54:18.272198+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T12:54:18.356461+00:00",
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