{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "search",
  "queryNode": {
    "type": "startsWith_",
    "field": "name",
    "value": "Isla",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "createdAt",
    "reversed": true,
    "vType": "datetime_"
  },
  "limit": 10,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "d0147b4d-3880-4bd1-9871-6762e74956c6",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "st-102",
      "collectionPermissions": null,
      "context": {
        "department": "Customer Support"
      },
      "name": "Daniel Evans",
      "email": "daniel.evans@shop.example.jp",
      "createdAt": "2024-09-16T08:12:05.280386+00:00",
      "updatedAt": "2024-09-19T15:12:05.280386+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "web-7A44E1"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T07:44:40.017632+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-03T07:44:40.035887+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Find customers by name",
    "why": "Customer enquiry",
    "from": "Admin console (remote)",
    "context": {
      "ticket": "CS-8771"
    },
    "confidenceScore": 1.0
  }
}