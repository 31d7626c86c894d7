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
        "cancelledAt": "2025-03-21T18:00:27.872079+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 149,
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
        "serial": "2b047a5b-a1db-45f3-88ef-d9f21325a8e1",
        "chainParentSerial": "05d2aca1-984a-471e-a72a-d06dac83929c",
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
              "timestamp": "2025-03-21T18:00:27.872079+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #149",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 149
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
        "stock": 87,
        "updatedAt": "2025-03-21T18:00:27.872079+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 10,
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
          "productId": 10,
          "delta": 6,
          "reason": "cancel",
          "orderId": 149,
          "stockAfter": 87,
          "at": "2025-03-21T18:00:27.872079+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}