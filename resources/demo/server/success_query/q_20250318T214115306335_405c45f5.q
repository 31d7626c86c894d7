{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Lucas Foster",
      "email": "lucas.foster@example.com",
      "phoneNumber": "+1-206-974-8149",
      "country": "US",
      "city": "Seattle",
      "locale": "en-US",
      "createdAt": "2025-03-18T21:41:15.208133+00:00",
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
    "serial": "a670238a-1bde-46b4-bba8-5b20a119be8e",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-d017b3",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Lucas Foster",
      "email": "lucas.foster@example.com",
      "createdAt": "2025-03-18T21:41:15.208133+00:00",
      "updatedAt": "2025-03-18T21:41:15.208133+00:00",
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
          "timestamp": "2025-03-18T21:41:15.208133+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T21:41:15.282283+00:00",
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