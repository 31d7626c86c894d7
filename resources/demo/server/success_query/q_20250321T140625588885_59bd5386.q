{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "update",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-21T14:06:25.572071+00:00",
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
        "value": "2025-03-16T14:06:25.572071+00:00",
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
    "serial": "afbb51ab-604e-4e74-9a1b-04ea724cf7c3",
    "chainParentSerial": "ee046a3b-99d8-417f-af66-feae2c1f9a9b",
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
          "timestamp": "2025-03-21T14:06:25.572071+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Close shipped orders without a scan for 5 days",
    "why": "Nightly clean-up of stale shipments",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "946ed08f-38e0-4184-a1ae-9c7b54f84008"
    },
    "confidenceScore": 1.0
  }
}