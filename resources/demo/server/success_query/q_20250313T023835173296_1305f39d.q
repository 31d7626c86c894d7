{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 20,
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
  "limit": 10,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "f8217598-81a4-4abd-951d-7cb3826e1384",
    "chainParentSerial": "2fbe660d-e239-4367-a619-25e139a7d1dd",
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
          "timestamp": "2025-03-13T02:38:35.039701+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T02:38:35.139535+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Check the customer's orders",
    "why": "Customer enquiry",
    "from": "Admin console (remote)",
    "context": {
      "ticket": "CS-5407"
    },
    "confidenceScore": 1.0
  }
}