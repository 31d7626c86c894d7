{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "marketingOptIn": false
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 32,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "4f542e58-d98f-49a1-9e8e-b82d564f4138",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-32",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Nora Turner",
      "email": "nora.turner83@example.org",
      "createdAt": "2024-08-07T10:48:55+00:00",
      "updatedAt": "2024-08-07T10:48:55+00:00",
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
          "timestamp": "2025-03-12T00:50:41.480063+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T00:50:41.565994+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Change newsletter preference",
    "why": "Too many emails",
    "from": "web shop (Chrome)",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}