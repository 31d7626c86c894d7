{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "bfb22467-bc4d-4df7-a233-9963cb9864ae",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-5",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Lucas Johnson",
      "email": "lucas.johnson24@example.org",
      "createdAt": "2024-11-16T14:57:55+00:00",
      "updatedAt": "2024-11-16T14:57:55+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-cbc2de"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T11:23:29.319131+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T11:23:29.447403+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "a434dcac8879c56b"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T11:23:29.512718+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show gift ideas",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}