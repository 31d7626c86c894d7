{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Seattle",
    "phoneNumber": "+1-206-830-1938"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 46,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "90dd6ab6-f335-4743-ad98-a5164488e90d",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-46",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Zoe Bennett",
      "email": "zoe.bennett98@example.org",
      "createdAt": "2025-03-06T02:48:56.154479+00:00",
      "updatedAt": "2025-03-06T02:48:56.154479+00:00",
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
          "timestamp": "2025-03-12T19:24:57.716442+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T19:24:57.756060+00:00",
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