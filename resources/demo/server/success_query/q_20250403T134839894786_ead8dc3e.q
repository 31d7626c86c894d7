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
    "serial": "1b9faf48-aa10-4c33-8d2a-e4eb14bbd98f",
    "chainParentSerial": "3a6cf848-e909-48fe-bb32-35e4848c1cd7",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-70",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Oscar Baker",
      "email": "oscar.baker21@example.net",
      "createdAt": "2025-03-17T16:36:25.303277+00:00",
      "updatedAt": "2025-03-17T16:36:25.303277+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-f01314"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T13:48:39.566527+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T13:48:39.738195+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "b8b6efb1c78ebd93"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T13:48:39.863719+00:00",
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