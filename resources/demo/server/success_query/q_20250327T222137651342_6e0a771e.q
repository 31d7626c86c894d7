{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "or_",
    "conditions": [
      {
        "type": "regex_",
        "field": "name",
        "pattern": "(?i)tea",
        "version": "1"
      },
      {
        "type": "contains_",
        "field": "tags",
        "value": "tea",
        "version": "1"
      }
    ],
    "version": "1"
  },
  "limit": 20,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "454f232d-0220-4d66-8b83-8eb559be70f3",
    "chainParentSerial": "3820bf6b-992d-4cce-a716-adb0c14cacfc",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-48",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Henry Hughes",
      "email": "henry.hughes@example.com",
      "createdAt": "2025-03-06T08:00:33.151604+00:00",
      "updatedAt": "2025-03-06T08:00:33.151604+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-e8d261"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T22:21:37.544784+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T22:21:37.589277+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "19e3c085dca474b3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T22:21:37.646736+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search \"tea\"",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}