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
    "serial": "8fa7c459-89e0-47fd-9aac-a49ccad8fe27",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-71",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Daniel Murphy",
      "email": "daniel.murphy19@example.org",
      "createdAt": "2025-03-18T00:56:52.152861+00:00",
      "updatedAt": "2025-03-18T00:56:52.152861+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-a8e3ab"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T11:22:51.599223+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -7
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T11:22:51.655028+00:00",
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