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
    "serial": "a25241a1-dcef-4b94-9d07-04d17e4b696d",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-23T14:31:57.774324+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-23T14:31:57.908674+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "596c6b43da030d54"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-23T14:31:58.021476+00:00",
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