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
    "serial": "b9168dc5-0d6e-4a0c-8603-e5126934b6e4",
    "chainParentSerial": "43e6e85a-d125-446c-804a-8e83722dc9b7",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-100",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Mia Wilson",
      "email": "mia.wilson64@example.com",
      "createdAt": "2025-03-29T01:11:00.429679+00:00",
      "updatedAt": "2025-03-29T01:11:00.429679+00:00",
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
          "timestamp": "2025-03-29T13:17:33.643498+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T13:17:33.671212+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search \"tea\"",
    "why": "Browsing the catalog",
    "from": "web shop (Chrome)",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}