{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "update",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-14T14:06:35.399017+00:00",
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
        "value": "2025-03-09T14:06:35.399017+00:00",
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
    "serial": "1d4264c6-a6e6-49f7-b252-a09294257072",
    "chainParentSerial": "c8333ba7-08b4-4dc7-b885-c9bbcccac8d5",
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
          "timestamp": "2025-03-14T14:06:35.399017+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Close shipped orders without a scan for 5 days",
    "why": "Nightly clean-up of stale shipments",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "a19eb8d2-e79e-4f7d-8a9d-166605994b34"
    },
    "confidenceScore": 1.0
  }
}