{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Adam Walker",
      "email": "adam.walker77@example.com",
      "phoneNumber": "+65-445-4555",
      "country": "SG",
      "city": "Singapore",
      "locale": "en-SG",
      "createdAt": "2025-03-30T07:19:33.541276+00:00",
      "status": "active",
      "marketingOptIn": true,
      "loyaltyPoints": 0
    }
  ],
  "returnData": true,
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "797b17b3-8c72-4a58-adf3-ac0d7d712cb5",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-298b66",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Adam Walker",
      "email": "adam.walker77@example.com",
      "createdAt": "2025-03-30T07:19:33.541276+00:00",
      "updatedAt": "2025-03-30T07:19:33.541276+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-9a5a96"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T07:19:33.541276+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -31
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T07:19:33.574247+00:00",
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