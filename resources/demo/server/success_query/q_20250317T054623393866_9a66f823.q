{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 21,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "bb9c9fd4-f8de-4f63-9878-cc7568412c69",
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
          "timestamp": "2025-03-17T05:46:23.267958+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 36
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T05:46:23.382004+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 21)",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}