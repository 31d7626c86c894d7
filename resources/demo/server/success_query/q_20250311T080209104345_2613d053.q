{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Adam Ward",
      "email": "adam.ward46@example.net",
      "phone": "+1-206-205-3559",
      "country": "US",
      "city": "Seattle",
      "locale": "en-US",
      "createdAt": "2025-03-11T08:02:09.044766+00:00",
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
    "serial": "3ffda536-a9a6-4d15-93ac-3f005859e64c",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-0c40ac",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Adam Ward",
      "email": "adam.ward46@example.net",
      "createdAt": "2025-03-11T08:02:09.044766+00:00",
      "updatedAt": "2025-03-11T08:02:09.044766+00:00",
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
          "timestamp": "2025-03-11T08:02:09.044766+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T08:02:09.085162+00:00",
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