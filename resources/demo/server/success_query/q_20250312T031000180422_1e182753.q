{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Ethan Brown",
      "email": "ethan.brown32@example.net",
      "phoneNumber": "+1-416-488-1004",
      "country": "CA",
      "city": "Toronto",
      "locale": "en-CA",
      "createdAt": "2025-03-12T03:09:59.998757+00:00",
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
    "serial": "12190620-c236-499e-abbf-4a9ccea3c93f",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-d7f675",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ethan Brown",
      "email": "ethan.brown32@example.net",
      "createdAt": "2025-03-12T03:09:59.998757+00:00",
      "updatedAt": "2025-03-12T03:09:59.998757+00:00",
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
          "timestamp": "2025-03-12T03:09:59.998757+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T03:10:00.168611+00:00",
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