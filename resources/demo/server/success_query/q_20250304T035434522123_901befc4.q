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
    "serial": "896097c5-bb57-4abc-a7cd-a55d54eee189",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-27",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Isla Hughes",
      "email": "isla.hughes@example.net",
      "createdAt": "2024-12-16T19:56:36+00:00",
      "updatedAt": "2024-12-16T19:56:36+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-453e64"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T03:54:34.383422+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T03:54:34.456863+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "4818ac61193d82b2"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T03:54:34.513824+00:00",
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