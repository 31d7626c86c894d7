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
        "cancelledAt": "2025-04-04T18:00:44.516084+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 251,
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
        "serial": "004fece0-04df-46cf-aa3e-5e9a27ddc0d5",
        "chainParentSerial": "5926744f-a7cc-4b43-a513-dafc0dc42011",
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
              "timestamp": "2025-04-04T18:00:44.516084+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #251",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 251
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
        "stock": 9,
        "updatedAt": "2025-04-04T18:00:44.516084+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 20,
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
          "productId": 20,
          "delta": 1,
          "reason": "cancel",
          "orderId": 251,
          "stockAfter": 9,
          "at": "2025-04-04T18:00:44.516084+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}