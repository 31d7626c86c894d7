{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "email",
    "value": "hanako.yoshida@example.jp",
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "2fbe660d-e239-4367-a619-25e139a7d1dd",
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
          "timestamp": "2025-03-13T02:37:48.683756+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T02:37:48.817677+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Find customer by email",
    "why": "Customer enquiry",
    "from": "Admin console (remote)",
    "context": {
      "ticket": "CS-5407"
    },
    "confidenceScore": 1.0
  }
}