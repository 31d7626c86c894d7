{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "London",
    "phoneNumber": "+44-20-531-8943"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 68,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "966e3bb1-e253-4f97-af10-b1e6e3d7ebd2",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-68",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Sophia Ward",
      "email": "sophia.ward@example.net",
      "createdAt": "2025-03-16T12:02:02.449284+00:00",
      "updatedAt": "2025-03-16T12:02:02.449284+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-299d63"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T11:05:30.579022+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T11:05:30.647731+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "4c82e43a0a3cd99a"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T11:05:30.800918+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Update address and phone",
    "why": "Moved house",
    "from": "iOS app",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}