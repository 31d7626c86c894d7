{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Grace Johnson",
      "email": "grace.johnson38@example.org",
      "phoneNumber": "+1-206-358-1877",
      "country": "US",
      "city": "Seattle",
      "locale": "en-US",
      "createdAt": "2025-03-17T11:09:37.090650+00:00",
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
    "serial": "5edd41b8-01ab-4f64-84bf-cad2ce4ca1fa",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-f4feb9",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Grace Johnson",
      "email": "grace.johnson38@example.org",
      "createdAt": "2025-03-17T11:09:37.090650+00:00",
      "updatedAt": "2025-03-17T11:09:37.090650+00:00",
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
          "timestamp": "2025-03-17T11:09:37.090650+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T11:09:37.142716+00:00",
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