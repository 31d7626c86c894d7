{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "Nora Evans",
      "email": "nora.evans@example.com",
      "phoneNumber": "+65-379-2672",
      "country": "SG",
      "city": "Singapore",
      "locale": "en-SG",
      "createdAt": "2025-03-25T19:25:53.690919+00:00",
      "status": "active",
      "marketingOptIn": true,
      "loyaltyPoints": 0
    }
  ],
  "returnData": true,
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "cbfaf572-7423-452e-b854-cd481ce4e581",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-e7b80f",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Nora Evans",
      "email": "nora.evans@example.com",
      "createdAt": "2025-03-25T19:25:53.690919+00:00",
      "updatedAt": "2025-03-25T19:25:53.690919+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-1808bc"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-25T19:25:53.690919+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-25T19:25:53.736014+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "7f7eebc3669b5eba"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-25T19:25:53.909487+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Create account",
    "why": "Sign-up form submitted",
    "from": "iOS app",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}