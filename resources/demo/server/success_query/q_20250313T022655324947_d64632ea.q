{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "marketingOptIn": true
  },
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
    "serial": "385a4668-e484-48a1-9b79-d3fa611b91ae",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-30",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Liam Green",
      "email": "liam.green@example.net",
      "createdAt": "2024-11-30T16:38:59+00:00",
      "updatedAt": "2024-11-30T16:38:59+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-b8f05f"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T02:26:55.197833+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 36
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T02:26:55.312383+00:00",
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