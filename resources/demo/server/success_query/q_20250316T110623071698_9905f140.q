{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 25,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "e081d35a-bfc1-40ed-8c06-68982e7500eb",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-13",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ava Hughes",
      "email": "ava.hughes64@example.net",
      "createdAt": "2025-02-17T13:14:24+00:00",
      "updatedAt": "2025-02-17T13:14:24+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-f33d66"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T11:06:22.813542+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T11:06:22.875517+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "f9c7d16832c1faa4"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T11:06:23.031975+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 25)",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}