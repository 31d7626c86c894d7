{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Samuel Clark",
      "email": "samuel.clark@example.com",
      "phoneNumber": "+1-512-999-5231",
      "country": "US",
      "city": "Austin",
      "locale": "en-US",
      "createdAt": "2025-04-05T04:06:36.651570+00:00",
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
    "serial": "deb6d61a-b49d-48f9-a503-440593726956",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-43601d",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Samuel Clark",
      "email": "samuel.clark@example.com",
      "createdAt": "2025-04-05T04:06:36.651570+00:00",
      "updatedAt": "2025-04-05T04:06:36.651570+00:00",
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
          "timestamp": "2025-04-05T04:06:36.651570+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T04:06:36.679190+00:00",
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