{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "status",
        "value": "pending",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThan_",
        "field": "createdAt",
        "value": "2025-03-01T18:01:16.086389+00:00",
        "vType": "datetime_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "createdAt",
    "reversed": false,
    "vType": "datetime_"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "8833e5a9-12da-4c99-8376-9bd121f7d67f",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "system",
      "id": "sys-order-expiry",
      "collectionPermissions": null,
      "context": {
        "job": "order-expiry",
        "timeoutHours": 24
      },
      "name": "order-expiry",
      "email": null,
      "createdAt": "2024-11-01T00:00:00+00:00",
      "updatedAt": "2025-02-20T04:30:00+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": null
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-02T18:01:16.086389+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "Find unpaid orders older than 24 hours",
    "why": "Payment timeout policy",
    "from": "batch-01 cron (order-expiry)",
    "context": {
      "runId": "3016a8b4-d32d-4589-8180-56f48ea60c57"
    },
    "confidenceScore": 1.0
  }
}