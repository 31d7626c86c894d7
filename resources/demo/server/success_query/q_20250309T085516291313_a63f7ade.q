{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "paid",
    "paidAt": "2025-03-09T08:55:16.231749+00:00",
    "paymentMethod": "konbini"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 68,
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "equals_",
        "field": "status",
        "value": "pending",
        "vType": "auto_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "53e7f8b4-e580-48bb-890b-b50ebe77aeff",
    "chainParentSerial": "953d0f28-8bc6-406e-9392-f9cce54d6ac1",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "system",
      "id": "sys-payments",
      "collectionPermissions": null,
      "context": {
        "job": "payment-webhook",
        "retries": 3
      },
      "name": "payment-gateway",
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
          "timestamp": "2025-03-09T08:55:16.231749+00:00",
          "location": "PaymentWebhook/v3",
          "context": {
            "provider": "pay.example"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T08:55:16.252487+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Mark order #68 paid",
    "why": "Payment captured by provider (ch_0c7de699cab2)",
    "from": "payment provider webhook",
    "context": {
      "chargeId": "ch_0c7de699cab2",
      "amount": 22.0
    },
    "confidenceScore": 1.0
  }
}