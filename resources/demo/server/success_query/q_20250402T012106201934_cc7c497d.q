{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "getAll",
  "sortObj": {
    "className": "MultiSort",
    "version": "1",
    "sortOrders": [
      {
        "className": "SingleSort",
        "version": "5",
        "field": "category",
        "reversed": false,
        "vType": "auto_"
      },
      {
        "className": "SingleSort",
        "version": "5",
        "field": "price",
        "reversed": false,
        "vType": "auto_"
      }
    ]
  },
  "offset": 12,
  "limit": 12,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "5e7a0e91-02f8-47f6-9647-d73447a811ba",
    "chainParentSerial": "4bda6b0a-0fe3-486a-a4a3-aeffdc90308b",
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
          "timestamp": "2025-04-02T01:21:06.139255+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T01:21:06.158848+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "056d4ba9407de104"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T01:21:06.194178+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Catalog page 2",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "Catalog"
    },
    "confidenceScore": 1.0
  }
}