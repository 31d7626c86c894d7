{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "paid",
    "paidAt": "2025-03-18T06:11:54.942591+00:00",
    "paymentMethod": "paypay"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 132,
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
    "serial": "b5fa83d7-3bf0-4dbb-af77-e95a6e31ff2f",
    "chainParentSerial": "ef0b1ed3-218c-4dd4-bfba-10c0876a5261",
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
          "timestamp": "2025-03-18T06:11:54.942591+00:00",
          "location": "PaymentWebhook/v3",
          "context": {
            "provider": "pay.example"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T06:11:55.086577+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Mark order #132 paid",
    "why": "Payment captured by provider (ch_a66157a3f778)",
    "from": "payment provider webhook",
    "context": {
      "chargeId": "ch_a66157a3f778",
      "amount": 10.35
    },
    "confidenceScore": 1.0
  }
}