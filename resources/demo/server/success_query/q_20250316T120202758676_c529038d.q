{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Sophia Ward",
      "email": "sophia.ward@example.net",
      "phoneNumber": "+44-20-136-8070",
      "country": "GB",
      "city": "London",
      "locale": "en-GB",
      "createdAt": "2025-03-16T12:02:02.449284+00:00",
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
    "serial": "6da39620-9fa5-436a-b439-2baff042fc69",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-a1f3cb",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Sophia Ward",
      "email": "sophia.ward@example.net",
      "createdAt": "2025-03-16T12:02:02.449284+00:00",
      "updatedAt": "2025-03-16T12:02:02.449284+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-299d63"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T12:02:02.449284+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T12:02:02.542127+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "32134900b22fe26c"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T12:02:02.721638+00:00",
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