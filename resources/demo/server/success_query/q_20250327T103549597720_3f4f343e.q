{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 30,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "ad91cff7-5c89-472a-81a7-22d476843a62",
    "chainParentSerial": "2ca20496-9db2-4c97-b533-d545b7dbce34",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-39",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Leah Hill",
      "email": "leah.hill@example.net",
      "createdAt": "2024-12-12T21:38:43+00:00",
      "updatedAt": "2024-12-12T21:38:43+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-18c49b"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T10:35:49.362362+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T10:35:49.415029+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "2a3c6f24f2c7ca58"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T10:35:49.584014+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 30)",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}