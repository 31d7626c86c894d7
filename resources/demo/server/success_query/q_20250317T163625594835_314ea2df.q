{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Oscar Baker",
      "email": "oscar.baker21@example.net",
      "phoneNumber": "+61-2-335-1034",
      "country": "AU",
      "city": "Sydney",
      "locale": "en-AU",
      "createdAt": "2025-03-17T16:36:25.303277+00:00",
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
    "serial": "4e2ea42d-bc03-4d34-a634-5867e8278cd0",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-b4b1ec",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Oscar Baker",
      "email": "oscar.baker21@example.net",
      "createdAt": "2025-03-17T16:36:25.303277+00:00",
      "updatedAt": "2025-03-17T16:36:25.303277+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-f01314"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T16:36:25.303277+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T16:36:25.471971+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "196eba53541c3abc"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T16:36:25.591263+00:00",
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