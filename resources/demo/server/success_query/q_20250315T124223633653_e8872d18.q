{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 26,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "de2b8df9-6643-4ef9-8694-ced9d8868fa4",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-55",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ava Taylor",
      "email": "ava.taylor@example.com",
      "createdAt": "2025-03-11T00:53:38.182389+00:00",
      "updatedAt": "2025-03-11T00:53:38.182389+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-fcb0e6"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T12:42:23.490903+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -13
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T12:42:23.624697+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 26)",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}