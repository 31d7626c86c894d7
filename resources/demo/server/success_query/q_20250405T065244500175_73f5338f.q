{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "paid",
    "paidAt": "2025-04-05T06:52:44.323566+00:00",
    "paymentMethod": "konbini"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 261,
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
    "serial": "c1f8a980-b880-4f27-ac22-ed37cce31542",
    "chainParentSerial": "74d2a939-9306-4af1-8001-11d86c910058",
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
          "timestamp": "2025-04-05T06:52:44.323566+00:00",
          "location": "PaymentWebhook/v3",
          "context": {
            "provider": "pay.example"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T06:52:44.494733+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Mark order #261 paid",
    "why": "Payment captured by provider (ch_3f07201448f0)",
    "from": "payment provider webhook",
    "context": {
      "chargeId": "ch_3f07201448f0",
      "amount": 164.22
    },
    "confidenceScore": 1.0
  }
}