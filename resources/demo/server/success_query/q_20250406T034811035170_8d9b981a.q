{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Leah Walker",
      "email": "leah.walker44@example.org",
      "phoneNumber": "+61-2-583-0611",
      "country": "AU",
      "city": "Sydney",
      "locale": "en-AU",
      "createdAt": "2025-04-06T03:48:10.885515+00:00",
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
    "serial": "28bbbd4d-41f0-44bd-9bde-a94a27154c30",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-b52cda",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Leah Walker",
      "email": "leah.walker44@example.org",
      "createdAt": "2025-04-06T03:48:10.885515+00:00",
      "updatedAt": "2025-04-06T03:48:10.885515+00:00",
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
          "timestamp": "2025-04-06T03:48:10.885515+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T03:48:11.021203+00:00",
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