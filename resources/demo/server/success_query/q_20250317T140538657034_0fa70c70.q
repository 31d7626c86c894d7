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
    "serial": "7fbe6dd4-fc94-49c3-956d-2029069b93a2",
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
          "timestamp": "2025-03-17T14:05:38.618189+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Load shipped orders",
    "why": "Carrier tracking sync",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "afdbba8b-da2f-4bd6-9116-08ee51c5aa61"
    },
    "confidenceScore": 1.0
  }
}