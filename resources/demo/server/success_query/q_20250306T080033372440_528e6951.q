{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Henry Hughes",
      "email": "henry.hughes@example.com",
      "phone": "+1-512-457-5610",
      "country": "US",
      "city": "Austin",
      "locale": "en-US",
      "createdAt": "2025-03-06T08:00:33.151604+00:00",
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
    "serial": "99f40aab-62bb-4d8c-8267-162d4413d733",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-819485",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Henry Hughes",
      "email": "henry.hughes@example.com",
      "createdAt": "2025-03-06T08:00:33.151604+00:00",
      "updatedAt": "2025-03-06T08:00:33.151604+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-e8d261"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T08:00:33.151604+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T08:00:33.286275+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "70650bc52437258f"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T08:00:33.356874+00:00",
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