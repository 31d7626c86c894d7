{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Ava Murphy",
      "email": "ava.murphy@example.org",
      "phoneNumber": "+44-20-200-0980",
      "country": "GB",
      "city": "London",
      "locale": "en-GB",
      "createdAt": "2025-04-06T08:13:29.841746+00:00",
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
    "serial": "b2903428-acea-4161-a109-7c1847902f93",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-8e2949",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Ava Murphy",
      "email": "ava.murphy@example.org",
      "createdAt": "2025-04-06T08:13:29.841746+00:00",
      "updatedAt": "2025-04-06T08:13:29.841746+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-58ed4e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T08:13:29.841746+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -40
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T08:13:29.911317+00:00",
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