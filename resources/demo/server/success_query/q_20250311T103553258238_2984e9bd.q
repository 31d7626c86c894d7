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
        "value": 50.0,
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
    "serial": "816e4b6f-efee-4948-80c1-14194b14a3ad",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-13",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ava Hughes",
      "email": "ava.hughes64@example.net",
      "createdAt": "2025-02-17T13:14:24+00:00",
      "updatedAt": "2025-02-17T13:14:24+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-f33d66"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T10:35:53.015001+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T10:35:53.182090+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "d176d36a926ca7ee"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T10:35:53.229562+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: kitchen under $50",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}