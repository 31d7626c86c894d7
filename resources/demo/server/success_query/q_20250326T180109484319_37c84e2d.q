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
        "value": "2025-03-25T18:01:09.475830+00:00",
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
    "serial": "b8efc04e-a796-49cf-998a-bdd891aaa815",
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
          "timestamp": "2025-03-26T18:01:09.475830+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "Find unpaid orders older than 24 hours",
    "why": "Payment timeout policy",
    "from": "batch-01 cron (order-expiry)",
    "context": {
      "runId": "0febc7d3-f367-451f-a844-c761b3a0ff22"
    },
    "confidenceScore": 1.0
  }
}