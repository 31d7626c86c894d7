{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "reviewFlag": false,
    "reviewedBy": "st-102"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 54,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "67614864-e543-44af-99fc-7219d580efae",
    "chainParentSerial": "688a9452-7f5c-422d-9a81-b97e9685d3e3",
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
          "timestamp": "2025-03-08T04:40:33.938925+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T04:40:34.101274+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Clear fraud flag on order #54",
    "why": "Verified with the customer",
    "from": "Admin console (remote)",
    "context": null,
    "confidenceScore": 1.0
  }
}