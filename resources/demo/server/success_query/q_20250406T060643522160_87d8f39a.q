{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Oscar Green",
      "email": "oscar.green62@example.org",
      "phoneNumber": "+1-416-510-6075",
      "country": "CA",
      "city": "Toronto",
      "locale": "en-CA",
      "createdAt": "2025-04-06T06:06:43.254524+00:00",
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
    "serial": "e9483aa8-16c7-4a92-ba4b-d03b0ccff61f",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-16e3b5",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Oscar Green",
      "email": "oscar.green62@example.org",
      "createdAt": "2025-04-06T06:06:43.254524+00:00",
      "updatedAt": "2025-04-06T06:06:43.254524+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-abb2b0"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T06:06:43.254524+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T06:06:43.417347+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "d62bec0bc36920a1"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T06:06:43.510357+00:00",
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