{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Sophia Nelson",
      "email": "sophia.nelson71@example.org",
      "phone": "+1-416-312-2726",
      "country": "CA",
      "city": "Toronto",
      "locale": "en-CA",
      "createdAt": "2025-03-09T04:37:35.511603+00:00",
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
    "serial": "354108c5-4a2b-4233-ad3e-cbfb1d1dcb6e",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-78cde0",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Sophia Nelson",
      "email": "sophia.nelson71@example.org",
      "createdAt": "2025-03-09T04:37:35.511603+00:00",
      "updatedAt": "2025-03-09T04:37:35.511603+00:00",
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
          "timestamp": "2025-03-09T04:37:35.511603+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T04:37:35.555637+00:00",
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