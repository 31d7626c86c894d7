{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "8dd7923b-8198-4fc8-ad58-f3dd79f4a82c",
    "chainParentSerial": "9dd892c1-acf4-47ee-ae99-a068afa80a68",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-65",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Liam Price",
      "email": "liam.price67@example.org",
      "createdAt": "2025-03-13T19:20:21.109490+00:00",
      "updatedAt": "2025-03-13T19:20:21.109490+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-c5297a"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T10:07:12.062940+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "UTC",
            "clockSkewMs": -13
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T10:07:12.230169+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show gift ideas",
    "why": "Browsing the catalog",
    "from": "Android app",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}