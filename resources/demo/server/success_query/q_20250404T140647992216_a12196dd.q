{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 30,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "b8517c27-fa04-4dfc-ae8a-440f9c7d3b1d",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-92",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Nora Evans",
      "email": "nora.evans@example.com",
      "createdAt": "2025-03-25T19:25:53.690919+00:00",
      "updatedAt": "2025-03-25T19:25:53.690919+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-1808bc"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T14:06:47.781312+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T14:06:47.860659+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "699eddc299f0c497"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T14:06:47.984470+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 30)",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}