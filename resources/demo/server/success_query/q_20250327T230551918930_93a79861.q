{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "delivered",
    "deliveredAt": "2025-03-27T23:05:51.901202+00:00"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 174,
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
    "serial": "095f2e87-3674-49ef-b3f9-ca8037b58d68",
    "chainParentSerial": "2bf63793-0399-40e3-88ae-0b01c3239c9f",
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
          "timestamp": "2025-03-27T23:05:51.901202+00:00",
          "location": "BatchScheduler/order-sync",
          "context": {}
        }
      ]
    },
    "what": "Mark order #174 delivered",
    "why": "Carrier reported delivery",
    "from": "batch-01 cron (order-sync)",
    "context": {
      "trackingNo": "JP3098391338",
      "carrier": "DHL"
    },
    "confidenceScore": 1.0
  }
}