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
    "value": 73,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "9b781f33-f9b4-4481-9123-7ae0b1e75080",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-73",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Lucas Foster",
      "email": "lucas.foster@example.com",
      "createdAt": "2025-03-18T21:41:15.208133+00:00",
      "updatedAt": "2025-03-18T21:41:15.208133+00:00",
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
          "timestamp": "2025-03-22T10:23:00.795037+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T10:23:00.837644+00:00",
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