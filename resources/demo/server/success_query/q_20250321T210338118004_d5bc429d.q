{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 65,
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
    "serial": "57914676-31a9-4681-bc16-421205077fc8",
    "chainParentSerial": "7c795fd3-1a58-4123-8371-1cad9498dde3",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-65",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Liam Price",
      "email": "liam.price67@example.org",
      "createdAt": "2025-03-13T19:20:21.109490+00:00",
      "updatedAt": "2025-03-13T19:20:21.109490+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-c5297a"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-21T21:03:38.020004+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -13
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-21T21:03:38.099045+00:00",
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