{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Olivia Parker",
      "email": "olivia.parker31@example.com",
      "phone": "+65-462-8470",
      "country": "SG",
      "city": "Singapore",
      "locale": "en-SG",
      "createdAt": "2025-03-03T05:55:54.336534+00:00",
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
    "serial": "b8c92592-084e-4d26-bc42-f6c7cf2d8b57",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-10098f",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Olivia Parker",
      "email": "olivia.parker31@example.com",
      "createdAt": "2025-03-03T05:55:54.336534+00:00",
      "updatedAt": "2025-03-03T05:55:54.336534+00:00",
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
          "timestamp": "2025-03-03T05:55:54.336534+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T05:55:54.488673+00:00",
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