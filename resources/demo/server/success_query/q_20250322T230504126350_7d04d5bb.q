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
    "serial": "ff16fdb2-f80d-424d-be50-8a9c46de1b4e",
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
          "timestamp": "2025-03-22T23:05:04.118569+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Load shipped orders",
    "why": "Carrier tracking sync",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "b68fd132-3fe5-4f9c-9206-059143b4dbd2"
    },
    "confidenceScore": 1.0
  }
}