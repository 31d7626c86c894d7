{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-04-01T14:06:30.649276+00:00"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 209,
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
    "serial": "9f974ab4-a03c-4271-8bc3-14558c49ff87",
    "chainParentSerial": "8873b553-7f26-4299-bec9-dcc95d94b14a",
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
          "timestamp": "2025-04-01T14:06:30.649276+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Mark order #209 delivered",
    "why": "Carrier reported delivery",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "trackingNo": "JP3886143642",
      "carrier": "Yamato"
    },
    "confidenceScore": 1.0
  }
}