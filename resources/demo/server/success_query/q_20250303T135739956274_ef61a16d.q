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
    "serial": "c01fd406-030c-49ae-91c4-9cb2f660b83e",
    "chainParentSerial": "d93bbb91-ddc3-44a2-9304-2a72df8801d8",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-2",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Lucas Taylor",
      "email": "lucas.taylor@example.com",
      "createdAt": "2024-12-25T06:37:14+00:00",
      "updatedAt": "2024-12-25T06:37:14+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-718596"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T13:57:39.842967+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -40
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T13:57:39.936457+00:00",
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