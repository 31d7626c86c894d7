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
    "serial": "67417b8a-2ac8-49e1-996f-d54bfb5dff90",
    "chainParentSerial": "7a81626e-9cd8-446c-8170-40ffae925fca",
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
          "timestamp": "2025-03-28T20:04:57.933302+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -7
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T20:04:57.974121+00:00",
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