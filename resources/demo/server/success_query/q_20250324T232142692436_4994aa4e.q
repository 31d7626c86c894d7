{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Emily Bennett",
      "email": "emily.bennett@example.org",
      "phoneNumber": "+1-416-755-7976",
      "country": "CA",
      "city": "Toronto",
      "locale": "en-CA",
      "createdAt": "2025-03-24T23:21:42.546221+00:00",
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
    "serial": "62687393-0861-4041-a62c-e2e3716d8fe7",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-7c23b2",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Emily Bennett",
      "email": "emily.bennett@example.org",
      "createdAt": "2025-03-24T23:21:42.546221+00:00",
      "updatedAt": "2025-03-24T23:21:42.546221+00:00",
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
          "timestamp": "2025-03-24T23:21:42.546221+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T23:21:42.671124+00:00",
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