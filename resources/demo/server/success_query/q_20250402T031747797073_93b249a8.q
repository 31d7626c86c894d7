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
      "phoneNumber": "+1-416-570-3732",
      "country": "CA",
      "city": "Toronto",
      "locale": "en-CA",
      "createdAt": "2025-04-02T03:17:47.626994+00:00",
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
    "serial": "b28c17b0-8074-4c37-aa99-a46749468df2",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-aeb3bb",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Samuel Clark",
      "email": "samuel.clark@example.com",
      "createdAt": "2025-04-02T03:17:47.626994+00:00",
      "updatedAt": "2025-04-02T03:17:47.626994+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-5d7440"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T03:17:47.626994+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T03:17:47.757227+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "4be02067a32ee4b5"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T03:17:47.772523+00:00",
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