{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 60,
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
    "serial": "30038e4d-0803-49bd-9ed2-3351d44ad594",
    "chainParentSerial": "434b37bb-4cdb-432d-a119-9eebca989989",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-60",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ethan Brown",
      "email": "ethan.brown32@example.net",
      "createdAt": "2025-03-12T03:09:59.998757+00:00",
      "updatedAt": "2025-03-12T03:09:59.998757+00:00",
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
          "timestamp": "2025-03-17T10:10:46.595903+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T10:10:46.634300+00:00",
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