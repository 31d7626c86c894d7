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
    "serial": "3a6cf848-e909-48fe-bb32-35e4848c1cd7",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-70",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Oscar Baker",
      "email": "oscar.baker21@example.net",
      "createdAt": "2025-03-17T16:36:25.303277+00:00",
      "updatedAt": "2025-03-17T16:36:25.303277+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-f01314"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T13:48:30.085248+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T13:48:30.196642+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "6d2be2c7c1df1768"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T13:48:30.367571+00:00",
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