{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "updateOne",
      "overrideData": {
        "status": "cancelled",
        "cancelledAt": "2025-03-06T18:01:11.951584+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 44,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "in_",
            "field": "status",
            "values": [
              "pending",
              "paid"
            ],
            "version": "1"
          }
        ],
        "version": "1"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "0aa1153c-043d-4136-95da-92387a21109d",
        "chainParentSerial": "66a72985-ee30-400f-8d79-5ce6a79d4f86",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "system",
          "id": "sys-order-expiry",
          "collectionPermissions": null,
          "context": {
            "job": "order-expiry",
            "timeoutHours": 24
          },
          "name": "order-expiry",
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
              "timestamp": "2025-03-06T18:01:11.951584+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #44",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 44
        },
        "confidenceScore": 1.0
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 57,
        "updatedAt": "2025-03-06T18:01:11.951584+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 14,
        "vType": "auto_",
        "version": "2"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 83,
        "updatedAt": "2025-03-06T18:01:11.951584+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 21,
        "vType": "auto_",
        "version": "2"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 14,
          "delta": 1,
          "reason": "cancel",
          "orderId": 44,
          "stockAfter": 57,
          "at": "2025-03-06T18:01:11.951584+00:00"
        },
        {
          "id": -1,
          "productId": 21,
          "delta": 2,
          "reason": "cancel",
          "orderId": 44,
          "stockAfter": 83,
          "at": "2025-03-06T18:01:11.951584+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}