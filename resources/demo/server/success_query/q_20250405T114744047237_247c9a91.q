{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 10,
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
    "serial": "2ff13623-e3d3-4bdf-a5cf-ded157371391",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-10",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Nora Hughes",
      "email": "nora.hughes19@example.net",
      "createdAt": "2024-12-06T21:40:14+00:00",
      "updatedAt": "2024-12-06T21:40:14+00:00",
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
          "timestamp": "2025-04-05T11:47:43.966091+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T11:47:44.020573+00:00",
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