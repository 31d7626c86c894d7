{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Mia Wright",
      "email": "mia.wright78@example.net",
      "phoneNumber": "+1-206-296-4807",
      "country": "US",
      "city": "Seattle",
      "locale": "en-US",
      "createdAt": "2025-04-03T11:56:14.833975+00:00",
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
    "serial": "e3a22d5b-c56e-4617-af12-a6462511c98a",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-d2f32f",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Mia Wright",
      "email": "mia.wright78@example.net",
      "createdAt": "2025-04-03T11:56:14.833975+00:00",
      "updatedAt": "2025-04-03T11:56:14.833975+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-fdddf9"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T11:56:14.833975+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T11:56:15.002774+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "a38135b5d0480ab2"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T11:56:15.050115+00:00",
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