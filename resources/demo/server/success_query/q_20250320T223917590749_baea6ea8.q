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
    "serial": "fea00526-9a8d-4c64-a711-c5335c8df838",
    "chainParentSerial": "d34b332e-acfd-4011-a89f-a3200184726f",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-3",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Emily Hall",
      "email": "emily.hall90@example.org",
      "createdAt": "2024-11-10T17:22:51+00:00",
      "updatedAt": "2024-11-10T17:22:51+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-3c0c6e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T22:39:17.446111+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T22:39:17.478763+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "2d9b2d5e01f10798"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T22:39:17.555628+00:00",
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