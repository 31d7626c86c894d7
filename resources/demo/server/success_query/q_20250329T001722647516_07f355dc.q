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
    "serial": "68ed573e-5608-4c3b-b69b-600134365e83",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-3",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Emily Hall",
      "email": "emily.hall90@example.org",
      "createdAt": "2024-11-10T17:22:51+00:00",
      "updatedAt": "2024-11-10T17:22:51+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-3c0c6e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T00:17:22.367075+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T00:17:22.506760+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "528651721cdb7bd0"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T00:17:22.617778+00:00",
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