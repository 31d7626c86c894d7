{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "9e598a3a-8493-4659-9d7a-90bdf2278555",
    "chainParentSerial": "27f10d62-89bf-4091-867a-54363e9c24f4",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-106",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Adam Walker",
      "email": "adam.walker77@example.com",
      "createdAt": "2025-03-30T07:19:33.541276+00:00",
      "updatedAt": "2025-03-30T07:19:33.541276+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-9a5a96"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T12:36:14.401442+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -31
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T12:36:14.539464+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show gift ideas",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}