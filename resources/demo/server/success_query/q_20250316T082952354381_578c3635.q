{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "or_",
    "conditions": [
      {
        "type": "regex_",
        "field": "name",
        "pattern": "(?i)tea",
        "version": "1"
      },
      {
        "type": "contains_",
        "field": "tags",
        "value": "tea",
        "version": "1"
      }
    ],
    "version": "1"
  },
  "limit": 20,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "29eabe9e-cebb-41c6-8993-3fc0a202e6bd",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-30",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Liam Green",
      "email": "liam.green@example.net",
      "createdAt": "2024-11-30T16:38:59+00:00",
      "updatedAt": "2024-11-30T16:38:59+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-b8f05f"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T08:29:52.169800+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 36
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T08:29:52.346923+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search \"tea\"",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}