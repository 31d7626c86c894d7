{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Ruby Nelson",
      "email": "ruby.nelson67@example.com",
      "phoneNumber": "+65-289-7883",
      "country": "SG",
      "city": "Singapore",
      "locale": "en-SG",
      "createdAt": "2025-04-03T02:20:48.214229+00:00",
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
    "serial": "d46c252a-0c81-4c05-914e-ac679c7826bf",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-e53c1f",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ruby Nelson",
      "email": "ruby.nelson67@example.com",
      "createdAt": "2025-04-03T02:20:48.214229+00:00",
      "updatedAt": "2025-04-03T02:20:48.214229+00:00",
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
          "timestamp": "2025-04-03T02:20:48.214229+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T02:20:48.290622+00:00",
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