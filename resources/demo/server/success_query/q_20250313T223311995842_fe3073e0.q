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
        "value": 80.0,
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
    "serial": "fa2f9a8c-64a3-4313-847f-887c9578578e",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-30",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Liam Green",
      "email": "liam.green@example.net",
      "createdAt": "2024-11-30T16:38:59+00:00",
      "updatedAt": "2024-11-30T16:38:59+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-b8f05f"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T22:33:11.880630+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": 36
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T22:33:11.992260+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: outdoor under $80",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}