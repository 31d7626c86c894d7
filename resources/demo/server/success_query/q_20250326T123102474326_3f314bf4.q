{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Ava Johnson",
      "email": "ava.johnson@example.net",
      "phoneNumber": "+44-20-626-8156",
      "country": "GB",
      "city": "London",
      "locale": "en-GB",
      "createdAt": "2025-03-26T12:31:02.340291+00:00",
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
    "serial": "00341d21-36bb-4d00-ad43-0c17099d94d3",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-ddc29f",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ava Johnson",
      "email": "ava.johnson@example.net",
      "createdAt": "2025-03-26T12:31:02.340291+00:00",
      "updatedAt": "2025-03-26T12:31:02.340291+00:00",
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
          "timestamp": "2025-03-26T12:31:02.340291+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-26T12:31:02.460681+00:00",
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