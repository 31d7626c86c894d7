{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 18,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "42a626f9-5434-4386-8490-69a4471def00",
    "chainParentSerial": "3669ab3b-7d20-4807-8303-ea585bb5e804",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-31",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "James Baker",
      "email": "james.baker@example.com",
      "createdAt": "2024-11-12T23:29:26+00:00",
      "updatedAt": "2024-11-12T23:29:26+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-fae735"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T13:05:09.645736+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 0
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T13:05:09.743830+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 18)",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}