{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Henry Ward",
      "email": "henry.ward@example.net",
      "phone": "+65-740-9847",
      "country": "SG",
      "city": "Singapore",
      "locale": "en-SG",
      "createdAt": "2025-03-11T16:35:23.633776+00:00",
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
    "serial": "739a4231-d54c-4612-b1e7-83f807ca7b31",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-9dbdc5",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Henry Ward",
      "email": "henry.ward@example.net",
      "createdAt": "2025-03-11T16:35:23.633776+00:00",
      "updatedAt": "2025-03-11T16:35:23.633776+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-c7e3ba"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T16:35:23.633776+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 0
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T16:35:23.768635+00:00",
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