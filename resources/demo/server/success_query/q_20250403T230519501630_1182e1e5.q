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
    "serial": "b0854f4f-e978-44d9-bf9e-5b7855542eb6",
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
          "timestamp": "2025-04-03T23:05:19.478367+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Load shipped orders",
    "why": "Carrier tracking sync",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "fbe19f1e-ece8-4082-8e39-86437c0800f9"
    },
    "confidenceScore": 1.0
  }
}