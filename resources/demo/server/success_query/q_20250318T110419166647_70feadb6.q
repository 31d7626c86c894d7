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
    "serial": "309f9246-178f-4e04-bc12-00b368d8ef2a",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-11",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Emily Green",
      "email": "emily.green45@example.org",
      "createdAt": "2024-08-31T01:12:03+00:00",
      "updatedAt": "2024-08-31T01:12:03+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-5ca52f"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T11:04:19.087244+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -9
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T11:04:19.140980+00:00",
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