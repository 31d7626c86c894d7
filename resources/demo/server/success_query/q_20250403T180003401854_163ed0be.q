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
        "value": "2025-04-02T18:00:03.375468+00:00",
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
    "serial": "dd30d51f-723c-408d-b34c-6db8c71c22c5",
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
          "timestamp": "2025-04-03T18:00:03.375468+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "Find unpaid orders older than 24 hours",
    "why": "Payment timeout policy",
    "from": "batch-01 cron (order-expiry)",
    "context": {
      "runId": "92b6cc63-7676-4267-8c05-752d6c375930"
    },
    "confidenceScore": 1.0
  }
}