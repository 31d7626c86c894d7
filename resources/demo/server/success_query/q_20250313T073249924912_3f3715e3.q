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
        "value": "outdoor",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThanOrEqual_",
        "field": "price",
        "value": 100.0,
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
    "serial": "322f400b-509b-4078-a707-b17f2c97b7bc",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-5",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Lucas Johnson",
      "email": "lucas.johnson24@example.org",
      "createdAt": "2024-11-16T14:57:55+00:00",
      "updatedAt": "2024-11-16T14:57:55+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-cbc2de"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T07:32:49.662497+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T07:32:49.726522+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "079ab9d2caa03a31"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T07:32:49.892139+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: outdoor under $100",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}