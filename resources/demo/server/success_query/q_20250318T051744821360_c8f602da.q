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
    "serial": "0aebf478-07ac-4657-99e6-3f314b512f9a",
    "chainParentSerial": "c099f5da-1d4d-4216-825b-a2a0902063a4",
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
          "timestamp": "2025-03-18T05:17:44.770335+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 31
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T05:17:44.802536+00:00",
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