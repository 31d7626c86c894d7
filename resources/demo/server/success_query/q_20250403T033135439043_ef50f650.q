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
    "serial": "86309eac-ccb8-4589-8a8a-d44afd6d6469",
    "chainParentSerial": "03455f2f-03ec-4aa5-87b0-dbe39c4edeab",
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
          "timestamp": "2025-04-03T03:31:35.227156+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T03:31:35.406237+00:00",
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