{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "loyaltyPoints": 380
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 86,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "614b5cd1-a37a-41d9-a582-9d4430263fd8",
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
          "timestamp": "2025-04-06T06:12:55.297385+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T06:12:55.334499+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Grant loyalty points",
    "why": "Apology for a delayed delivery",
    "from": "Admin console (remote)",
    "context": {
      "ticket": "CS-6635"
    },
    "confidenceScore": 1.0
  }
}