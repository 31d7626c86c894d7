{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 2,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "4a025294-78ca-4b40-84f6-0c27f6d9bfb8",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-08T23:47:07.401902+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -40
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T23:47:07.419297+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 2)",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}