{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Liam Price",
      "email": "liam.price67@example.org",
      "phoneNumber": "+44-20-785-6358",
      "country": "GB",
      "city": "London",
      "locale": "en-GB",
      "createdAt": "2025-03-13T19:20:21.109490+00:00",
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
    "serial": "4b7b3502-591b-4d4f-9e20-a2297eb4f5b3",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-c88314",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Liam Price",
      "email": "liam.price67@example.org",
      "createdAt": "2025-03-13T19:20:21.109490+00:00",
      "updatedAt": "2025-03-13T19:20:21.109490+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-c5297a"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T19:20:21.109490+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -13
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T19:20:21.214909+00:00",
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