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
        "value": "2025-03-19T18:00:09.340839+00:00",
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
    "serial": "909627d2-5770-4b5c-a159-676b1a48fa05",
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
          "timestamp": "2025-03-20T18:00:09.340839+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "Find unpaid orders older than 24 hours",
    "why": "Payment timeout policy",
    "from": "batch-01 cron (order-expiry)",
    "context": {
      "runId": "75ed7a2f-4376-43c8-83f7-cba6bb9ac328"
    },
    "confidenceScore": 1.0
  }
}