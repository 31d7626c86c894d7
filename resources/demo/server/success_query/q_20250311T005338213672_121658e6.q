{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Ava Taylor",
      "email": "ava.taylor@example.com",
      "phone": "+61-2-740-5961",
      "country": "AU",
      "city": "Sydney",
      "locale": "en-AU",
      "createdAt": "2025-03-11T00:53:38.182389+00:00",
      "status": "active",
      "marketingOptIn": false,
      "loyaltyPoints": 0
    }
  ],
  "returnData": true,
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "fc9da82a-8ccb-48fd-9367-76481ec29a62",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-c91f2f",
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
          "timestamp": "2025-03-11T00:53:38.182389+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -13
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T00:53:38.199751+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Create account",
    "why": "Sign-up form submitted",
    "from": "Android app",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}