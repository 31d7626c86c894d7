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
    "serial": "03455f2f-03ec-4aa5-87b0-dbe39c4edeab",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-32",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Nora Turner",
      "email": "nora.turner83@example.org",
      "createdAt": "2024-08-07T10:48:55+00:00",
      "updatedAt": "2024-08-07T10:48:55+00:00",
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
          "timestamp": "2025-04-03T03:30:41.851342+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T03:30:41.934086+00:00",
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