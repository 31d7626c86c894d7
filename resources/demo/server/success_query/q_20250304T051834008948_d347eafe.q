{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "category",
        "value": "kitchen",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThanOrEqual_",
        "field": "price",
        "value": 30.0,
        "vType": "floatStrict_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": false,
    "vType": "auto_"
  },
  "limit": 10,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "5e8be0cd-5d27-4cfa-88f8-9628965d22b9",
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
          "timestamp": "2025-03-04T05:18:33.848496+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T05:18:33.869164+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "d751b2465ec47f62"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T05:18:33.985279+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: kitchen under $30",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}