{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "update",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-12T14:06:19.399693+00:00",
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
        "value": "2025-03-07T14:06:19.399693+00:00",
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
    "serial": "5fd57c19-45f1-42fc-8163-8371d8155f32",
    "chainParentSerial": "f1dbe08b-7e73-40a2-b488-ebef00c858de",
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
          "timestamp": "2025-03-12T14:06:19.399693+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Close shipped orders without a scan for 5 days",
    "why": "Nightly clean-up of stale shipments",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "runId": "704602a0-9638-428b-b7f2-f56e98fe8dd7"
    },
    "confidenceScore": 1.0
  }
}