{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "status",
    "value": "shipped",
    "vType": "auto_",
    "version": "2"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "shippedAt",
    "reversed": false,
    "vType": "datetime_"
  },
  "limit": 100,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "1ce52c9f-22f4-4239-b1ae-5632f2fc79c8",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "system",
      "id": "sys-order-sync",
      "collectionPermissions": null,
      "context": {
        "job": "order-sync",
        "carrierApi": "v2"
      },
      "name": "order-sync",
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
          "timestamp": "2025-03-05T06:06:29.371488+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Load shipped orders",
    "why": "Carrier tracking sync",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "dbfe050b-28df-4620-b608-360a614b733b"
    },
    "confidenceScore": 1.0
  }
}