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
    "serial": "23551fcd-76f0-45d1-b6f3-eb9495053dd2",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-23",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Sophia Hill",
      "email": "sophia.hill@example.com",
      "createdAt": "2024-08-19T01:27:32+00:00",
      "updatedAt": "2024-08-19T01:27:32+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-1ecfbb"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T02:03:54.386003+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T02:03:54.478729+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "f405115441aa76c3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T02:03:54.580370+00:00",
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