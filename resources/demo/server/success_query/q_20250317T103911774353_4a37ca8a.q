{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Sydney",
    "phoneNumber": "+61-2-330-7503"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 55,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "3843c73c-19db-488c-87cc-5c212c8c15f4",
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
          "timestamp": "2025-03-17T10:39:11.653332+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -13
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T10:39:11.740511+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Update address and phone",
    "why": "Moved house",
    "from": "Android app",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}