{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Noah Murphy",
      "email": "noah.murphy24@example.org",
      "phoneNumber": "+1-512-450-6483",
      "country": "US",
      "city": "Austin",
      "locale": "en-US",
      "createdAt": "2025-04-03T02:53:27.507469+00:00",
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
    "serial": "145560fc-5970-4771-83a7-f2600b92f967",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-069f56",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Noah Murphy",
      "email": "noah.murphy24@example.org",
      "createdAt": "2025-04-03T02:53:27.507469+00:00",
      "updatedAt": "2025-04-03T02:53:27.507469+00:00",
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
          "timestamp": "2025-04-03T02:53:27.507469+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T02:53:27.536837+00:00",
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