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
        "value": 40.0,
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
    "serial": "5b51b4e6-cde4-40ef-a185-e9d2ef4512ff",
    "chainParentSerial": "4a598aa8-6d04-4640-bb10-03f3115ec857",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-12",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "James Brown",
      "email": "james.brown25@example.com",
      "createdAt": "2024-09-13T21:14:42+00:00",
      "updatedAt": "2024-09-13T21:14:42+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-6956e9"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T13:22:22.879123+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T13:22:23.023582+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "cbe4e8235dc52b5b"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-07T13:22:23.131997+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Search products: food under $40",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductSearch"
    },
    "confidenceScore": 1.0
  }
}