{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 3,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "6688e85c-4a04-471f-9450-68cf0b00e85b",
    "chainParentSerial": "6cbd9160-087f-42b5-9c96-b05303f1e6ca",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-8",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Noah Bennett",
      "email": "noah.bennett@example.net",
      "createdAt": "2024-12-19T03:10:46+00:00",
      "updatedAt": "2024-12-19T03:10:46+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-23b33c"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T13:36:37.468840+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 31
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T13:36:37.648461+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 3)",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}