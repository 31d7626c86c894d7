{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Emily Baker",
      "email": "emily.baker@example.com",
      "phoneNumber": "+1-416-230-7299",
      "country": "CA",
      "city": "Toronto",
      "locale": "en-CA",
      "createdAt": "2025-03-24T11:20:06.143471+00:00",
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
    "serial": "6476ce4f-1735-4d29-bec6-af7bebfb8254",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-c64381",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Emily Baker",
      "email": "emily.baker@example.com",
      "createdAt": "2025-03-24T11:20:06.143471+00:00",
      "updatedAt": "2025-03-24T11:20:06.143471+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-f04d87"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T11:20:06.143471+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -18
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T11:20:06.171876+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Create account",
    "why": "Sign-up form submitted",
    "from": "Android app",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}