{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Mia Ward",
      "email": "mia.ward53@example.net",
      "phoneNumber": "+61-2-091-3435",
      "country": "AU",
      "city": "Sydney",
      "locale": "en-AU",
      "createdAt": "2025-03-28T06:44:58.178631+00:00",
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
    "serial": "e2fcfb71-6ba5-4dd0-b5e2-f0afae760303",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-78c162",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Mia Ward",
      "email": "mia.ward53@example.net",
      "createdAt": "2025-03-28T06:44:58.178631+00:00",
      "updatedAt": "2025-03-28T06:44:58.178631+00:00",
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
          "timestamp": "2025-03-28T06:44:58.178631+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T06:44:58.262359+00:00",
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