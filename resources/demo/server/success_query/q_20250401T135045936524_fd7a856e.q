{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "marketingOptIn": false
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 66,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "45aaacb9-d5df-4ee1-8361-78e7f06c74f4",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-66",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Oscar Turner",
      "email": "oscar.turner@example.com",
      "createdAt": "2025-03-15T07:06:58.392884+00:00",
      "updatedAt": "2025-03-15T07:06:58.392884+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-79b41d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T13:50:45.868541+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -21
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T13:50:45.928318+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Change newsletter preference",
    "why": "Too many emails",
    "from": "Android app",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}