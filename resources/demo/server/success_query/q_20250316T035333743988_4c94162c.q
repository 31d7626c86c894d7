{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Toronto",
    "phoneNumber": "+1-416-503-9185"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 50,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "8a9f0950-42f1-4489-8fa7-d2bc53eb2091",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-50",
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
          "timestamp": "2025-03-16T03:53:33.573608+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T03:53:33.729181+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Update address and phone",
    "why": "Moved house",
    "from": "web shop (Chrome)",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}