{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-09T06:05:54.993690+00:00"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 51,
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
    "serial": "b843d41c-8b41-4bf8-b2e1-382d5512f009",
    "chainParentSerial": "83b445b9-6bcc-48d1-9c84-97397e6c3d7d",
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
          "timestamp": "2025-03-09T06:05:54.993690+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Mark order #51 delivered",
    "why": "Carrier reported delivery",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "trackingNo": "JP3729138353",
      "carrier": "Yamato"
    },
    "confidenceScore": 1.0
  }
}