{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "update",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-22T14:06:00.875971+00:00",
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
        "value": "2025-03-17T14:06:00.875971+00:00",
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
    "serial": "86988042-e2f4-4ff6-870a-f0835d5d4856",
    "chainParentSerial": "d68975d0-a166-499a-8ced-828235b8d920",
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
          "timestamp": "2025-03-22T14:06:00.875971+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Close shipped orders without a scan for 5 days",
    "why": "Nightly clean-up of stale shipments",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "f16f6890-57b8-4f12-833d-c3f794b29780"
    },
    "confidenceScore": 1.0
  }
}