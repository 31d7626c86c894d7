{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 7,
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
    "serial": "5a01513a-b7f5-4ea0-93ce-7e5c4fe2db04",
    "chainParentSerial": "712809ed-34fd-4d91-82ca-0a2f3795b30d",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-7",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Chloe Ward",
      "email": "chloe.ward@example.org",
      "createdAt": "2024-10-19T02:52:14+00:00",
      "updatedAt": "2024-10-19T02:52:14+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-927dbe"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T14:58:55.531045+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 40
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T14:58:55.707602+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show my orders",
    "why": "Checking order status",
    "from": "Android app",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}