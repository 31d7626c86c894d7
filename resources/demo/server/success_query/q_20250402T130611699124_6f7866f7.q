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
    "serial": "c30fd7c6-1ef9-4609-91e5-34827b2f0299",
    "chainParentSerial": null,
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
          "timestamp": "2025-04-02T13:06:11.510842+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -31
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T13:06:11.681562+00:00",
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