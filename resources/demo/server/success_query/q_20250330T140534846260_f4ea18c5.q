{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-30T14:05:34.809773+00:00"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 204,
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "equals_",
        "field": "status",
        "value": "shipped",
        "vType": "auto_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "b2965067-4cd5-433e-b84f-cd6c321c1550",
    "chainParentSerial": "2c0a7f11-1c4f-43c8-951e-1bb8e64dc1e3",
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
          "timestamp": "2025-03-30T14:05:34.809773+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Mark order #204 delivered",
    "why": "Carrier reported delivery",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "trackingNo": "JP3189722505",
      "carrier": "Sagawa"
    },
    "confidenceScore": 1.0
  }
}