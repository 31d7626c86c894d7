{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Liam Bennett",
      "email": "liam.bennett39@example.net",
      "phoneNumber": "+65-286-7926",
      "country": "SG",
      "city": "Singapore",
      "locale": "en-SG",
      "createdAt": "2025-03-30T05:16:05.889706+00:00",
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
    "serial": "d815f8ea-3f65-42f8-a491-428ef1e66b63",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-9dbc18",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Liam Bennett",
      "email": "liam.bennett39@example.net",
      "createdAt": "2025-03-30T05:16:05.889706+00:00",
      "updatedAt": "2025-03-30T05:16:05.889706+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-0e9312"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T05:16:05.889706+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -27
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T05:16:05.946749+00:00",
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