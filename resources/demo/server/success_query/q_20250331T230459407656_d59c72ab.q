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
    "value": 28,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "0c9665d0-6c6a-4f74-a5a4-f36c8c4b19a5",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-28",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Grace Hughes",
      "email": "grace.hughes76@example.com",
      "createdAt": "2024-07-27T16:32:45+00:00",
      "updatedAt": "2024-07-27T16:32:45+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-a6a1b1"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T23:04:59.169647+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T23:04:59.311837+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "11a4044409198a45"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T23:04:59.367832+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Change newsletter preference",
    "why": "Too many emails",
    "from": "iOS app",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}