{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "James Hall",
      "email": "james.hall08@example.org",
      "phoneNumber": "+61-2-968-2493",
      "country": "AU",
      "city": "Sydney",
      "locale": "en-AU",
      "createdAt": "2025-03-30T02:47:01.231489+00:00",
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
    "serial": "1965faab-a487-4347-8515-f7c4dd33e5fa",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-0fcade",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "James Hall",
      "email": "james.hall08@example.org",
      "createdAt": "2025-03-30T02:47:01.231489+00:00",
      "updatedAt": "2025-03-30T02:47:01.231489+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-6a10aa"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T02:47:01.231489+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -3
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T02:47:01.374044+00:00",
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