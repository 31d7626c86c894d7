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
    "serial": "158dc62a-e2ec-4a4d-ac68-d385b88ae8c6",
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
          "timestamp": "2025-04-04T06:06:10.362429+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Load shipped orders",
    "why": "Carrier tracking sync",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "e6b7a1c7-f15f-4b38-b33e-4c10bfdd6d08"
    },
    "confidenceScore": 1.0
  }
}