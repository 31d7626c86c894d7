{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "update",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-07T14:05:39.974099+00:00",
    "deliveryNote": "auto-closed: no carrier scan for 5 days"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "status",
        "value": "shipped",
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "lessThan_",
        "field": "shippedAt",
        "value": "2025-03-02T14:05:39.974099+00:00",
        "vType": "datetime_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "id",
    "reversed": false,
    "vType": "auto_"
  },
  "returnData": true,
  "mustAffectAtLeastOne": false,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "9dd9f3c8-fc15-49d5-b1c2-74cbff99a826",
    "chainParentSerial": "0d998c13-e4ab-4c25-9d94-9e9832c8715b",
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
          "timestamp": "2025-03-07T14:05:39.974099+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Close shipped orders without a scan for 5 days",
    "why": "Nightly clean-up of stale shipments",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "61d49360-7f43-48e1-bf1f-31d81cd16ec7"
    },
    "confidenceScore": 1.0
  }
}