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
    "serial": "90a282aa-9b94-4335-a48d-e9a84fa9be89",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-48",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Henry Hughes",
      "email": "henry.hughes@example.com",
      "createdAt": "2025-03-06T08:00:33.151604+00:00",
      "updatedAt": "2025-03-06T08:00:33.151604+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-e8d261"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T22:06:14.969571+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T22:06:15.039606+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "a346c1c1165156db"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T22:06:15.074260+00:00",
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