{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "paid",
    "paidAt": "2025-03-14T09:06:48.916687+00:00",
    "paymentMethod": "paypay"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 104,
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
    "serial": "cf416471-ed2e-4322-ade8-eaaf67aa04d7",
    "chainParentSerial": "1f9563fe-e431-4ff9-b897-277984fb5402",
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
          "timestamp": "2025-03-14T09:06:48.916687+00:00",
          "location": "PaymentWebhook/v3",
          "context": {
            "provider": "pay.example"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T09:06:48.999301+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Mark order #104 paid",
    "why": "Payment captured by provider (ch_1b05b7f347e5)",
    "from": "payment provider webhook",
    "context": {
      "chargeId": "ch_1b05b7f347e5",
      "amount": 66.0
    },
    "confidenceScore": 1.0
  }
}