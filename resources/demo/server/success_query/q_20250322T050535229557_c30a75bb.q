{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Noah Adams",
      "email": "noah.adams@example.net",
      "phoneNumber": "+61-2-993-9880",
      "country": "AU",
      "city": "Sydney",
      "locale": "en-AU",
      "createdAt": "2025-03-22T05:05:35.076214+00:00",
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
    "serial": "38468140-b4a8-4d21-8df1-286e7e6a8a14",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-c1ccf6",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Noah Adams",
      "email": "noah.adams@example.net",
      "createdAt": "2025-03-22T05:05:35.076214+00:00",
      "updatedAt": "2025-03-22T05:05:35.076214+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-bd48b0"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T05:05:35.076214+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T05:05:35.170959+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "a14ecc0428b8d7c1"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T05:05:35.209410+00:00",
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