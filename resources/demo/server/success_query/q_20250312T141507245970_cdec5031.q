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
        "value": "home",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThanOrEqual_",
        "field": "price",
        "value": 60.0,
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
    "serial": "0bb5ae2b-2079-4304-aec8-3d73b1486600",
    "chainParentSerial": "6ca5dce3-bdd0-4a8c-bc18-8a0a29e470bc",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-55",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ava Taylor",
      "email": "ava.taylor@example.com",
      "createdAt": "2025-03-11T00:53:38.182389+00:00",
      "updatedAt": "2025-03-11T00:53:38.182389+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-fcb0e6"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T14:15:07.157018+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -13
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T14:15:07.237824+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: home under $60",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}