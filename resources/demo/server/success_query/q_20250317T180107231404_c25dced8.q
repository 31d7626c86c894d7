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
        "value": "2025-03-16T18:01:07.223637+00:00",
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
    "serial": "7f9ccde7-1efc-46d8-8db9-f693f00b9995",
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
          "timestamp": "2025-03-17T18:01:07.223637+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "Find unpaid orders older than 24 hours",
    "why": "Payment timeout policy",
    "from": "batch-01 cron (order-expiry)",
    "context": {
      "runId": "adb4b3e8-ea89-4102-aa82-d5490127ff45"
    },
    "confidenceScore": 1.0
  }
}