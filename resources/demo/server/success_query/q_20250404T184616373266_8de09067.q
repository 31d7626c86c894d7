{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 56,
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
    "serial": "4a805cb5-8a24-426b-882f-186ddaee33d1",
    "chainParentSerial": "9b7e3a14-cb6d-492b-9ab1-110390de11a8",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-56",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Adam Ward",
      "email": "adam.ward46@example.net",
      "createdAt": "2025-03-11T08:02:09.044766+00:00",
      "updatedAt": "2025-03-11T08:02:09.044766+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": []
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T18:46:16.255835+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T18:46:16.355254+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show my orders",
    "why": "Checking order status",
    "from": "web shop (Chrome)",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}