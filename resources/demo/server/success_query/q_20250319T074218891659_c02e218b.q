{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 5,
    "vType": "auto_",
    "version": "2"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "createdAt",
    "reversed": true,
    "vType": "datetime_"
  },
  "limit": 5,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "fdc5d978-ed43-4e7d-9bf8-4c485fa7e21e",
    "chainParentSerial": "950cdf47-e90e-4eb2-841d-c5993a9759fe",
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
          "timestamp": "2025-03-19T07:42:18.614009+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T07:42:18.769068+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "9000501562127aa0"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T07:42:18.866074+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show my orders",
    "why": "Checking order status",
    "from": "iOS app",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}