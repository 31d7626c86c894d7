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
        "value": 70.0,
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
    "serial": "eed7e9dd-19ef-402a-86d3-196e63989d85",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-43",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Samuel Johnson",
      "email": "samuel.johnson@example.org",
      "createdAt": "2025-03-04T09:29:24.903713+00:00",
      "updatedAt": "2025-03-04T09:29:24.903713+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-149a12"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T03:55:06.777111+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T03:55:06.795783+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "17afd61f692ff4e2"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T03:55:06.841043+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: kitchen under $70",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}