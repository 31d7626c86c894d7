{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "da94ffc5-f6ec-4c4c-a56d-d4cdac6fb602",
    "chainParentSerial": "f0892e27-5a3b-4ced-bf38-eb8a01ebc8ad",
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
          "timestamp": "2025-03-04T13:12:48.199268+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -40
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T13:12:48.363839+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show gift ideas",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}