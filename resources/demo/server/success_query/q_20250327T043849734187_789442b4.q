{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "marketingOptIn": true
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 23,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "9e85ab0d-3eb4-472d-a746-2eb7d54dddc9",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-23",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Sophia Hill",
      "email": "sophia.hill@example.com",
      "createdAt": "2024-08-19T01:27:32+00:00",
      "updatedAt": "2024-08-19T01:27:32+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-1ecfbb"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T04:38:49.560344+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T04:38:49.645080+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "997631b649d1c01c"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T04:38:49.731641+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Change newsletter preference",
    "why": "Too many emails",
    "from": "iOS app",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}