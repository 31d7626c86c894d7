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
    "serial": "e63c7c68-5cb3-4723-ac5e-9e4b57c39d51",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-84",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Noah Adams",
      "email": "noah.adams@example.net",
      "createdAt": "2025-03-22T05:05:35.076214+00:00",
      "updatedAt": "2025-03-22T05:05:35.076214+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-bd48b0"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T10:46:05.280599+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T10:46:05.320216+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "c6b2efa86b4f303b"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T10:46:05.462317+00:00",
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