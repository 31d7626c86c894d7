{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "James Collins",
      "email": "james.collins47@example.com",
      "phoneNumber": "+1-206-042-7935",
      "country": "US",
      "city": "Seattle",
      "locale": "en-US",
      "createdAt": "2025-03-30T09:17:16.839234+00:00",
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
    "serial": "ea4b861e-6314-4abf-b7b7-4e693812dea3",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-b0e5bb",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "James Collins",
      "email": "james.collins47@example.com",
      "createdAt": "2025-03-30T09:17:16.839234+00:00",
      "updatedAt": "2025-03-30T09:17:16.839234+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": []
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T09:17:16.839234+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T09:17:16.913769+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Create account",
    "why": "Sign-up form submitted",
    "from": "web shop (Chrome)",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}