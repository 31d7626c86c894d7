{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 69,
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
    "serial": "939f371e-1435-409f-a10f-b5fda1aa7b9d",
    "chainParentSerial": "db104eaa-0b35-4564-984f-722e55854078",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-69",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Grace Johnson",
      "email": "grace.johnson38@example.org",
      "createdAt": "2025-03-17T11:09:37.090650+00:00",
      "updatedAt": "2025-03-17T11:09:37.090650+00:00",
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
          "timestamp": "2025-03-18T10:41:43.439080+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T10:41:43.548217+00:00",
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