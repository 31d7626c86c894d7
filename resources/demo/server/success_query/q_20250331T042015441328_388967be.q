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
        "value": "food",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThanOrEqual_",
        "field": "price",
        "value": 20.0,
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
    "serial": "f17aee6a-b005-41fc-acaf-10a51c21592e",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-28",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Grace Hughes",
      "email": "grace.hughes76@example.com",
      "createdAt": "2024-07-27T16:32:45+00:00",
      "updatedAt": "2024-07-27T16:32:45+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-a6a1b1"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T04:20:15.269905+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T04:20:15.357876+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "d22443763a930616"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T04:20:15.406114+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: food under $20",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}