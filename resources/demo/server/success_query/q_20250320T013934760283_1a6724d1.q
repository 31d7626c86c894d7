{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "paid",
    "paidAt": "2025-03-20T01:39:34.673547+00:00",
    "paymentMethod": "apple_pay"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 144,
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
    "serial": "7188c748-6b08-45ff-83a4-f6b60fdd1ff5",
    "chainParentSerial": "8a02fa34-93fc-4596-8d8c-4e0a911b9109",
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
          "timestamp": "2025-03-20T01:39:34.673547+00:00",
          "location": "PaymentWebhook/v3",
          "context": {
            "provider": "pay.example"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T01:39:34.744454+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Mark order #144 paid",
    "why": "Payment captured by provider (ch_16fbb234e860)",
    "from": "payment provider webhook",
    "context": {
      "chargeId": "ch_16fbb234e860",
      "amount": 102.0
    },
    "confidenceScore": 1.0
  }
}