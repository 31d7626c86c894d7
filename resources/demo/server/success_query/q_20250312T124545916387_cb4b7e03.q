{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 32,
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
    "serial": "1e1cfcfe-63d5-4cfb-9f1d-ef3684e9f758",
    "chainParentSerial": "1bea1471-51be-4998-8b65-876e59d2394b",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-32",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Nora Turner",
      "email": "nora.turner83@example.org",
      "createdAt": "2024-08-07T10:48:55+00:00",
      "updatedAt": "2024-08-07T10:48:55+00:00",
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
          "timestamp": "2025-03-12T12:45:45.835950+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T12:45:45.882724+00:00",
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