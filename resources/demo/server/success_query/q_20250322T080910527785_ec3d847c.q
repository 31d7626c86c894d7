{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Isla Bennett",
      "email": "isla.bennett@example.org",
      "phoneNumber": "+1-512-062-0815",
      "country": "US",
      "city": "Austin",
      "locale": "en-US",
      "createdAt": "2025-03-22T08:09:10.366411+00:00",
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
    "serial": "656e0c1f-2b2a-4012-b117-2c751e7df382",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-b4c6f0",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Isla Bennett",
      "email": "isla.bennett@example.org",
      "createdAt": "2025-03-22T08:09:10.366411+00:00",
      "updatedAt": "2025-03-22T08:09:10.366411+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-e1854d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T08:09:10.366411+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T08:09:10.457457+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "1fd94bb37fcbaf27"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T08:09:10.508651+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Create account",
    "why": "Sign-up form submitted",
    "from": "iOS app",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}