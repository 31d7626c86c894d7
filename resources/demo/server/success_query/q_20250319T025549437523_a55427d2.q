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
    "serial": "3e469add-8ab6-4867-8a22-763d25c27ca4",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-42",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Lucas Foster",
      "email": "lucas.foster@example.com",
      "createdAt": "2025-03-04T02:41:53.761622+00:00",
      "updatedAt": "2025-03-04T02:41:53.761622+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-1d6f0e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T02:55:49.172276+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T02:55:49.316320+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "ecdf95b65464e1fa"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T02:55:49.412820+00:00",
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