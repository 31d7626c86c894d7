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
        "cancelledAt": "2025-03-22T18:00:26.640885+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 160,
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
        "serial": "6c980403-52a8-453a-9e66-80b42d946a63",
        "chainParentSerial": "483d3707-2dbf-4eb6-87f7-cc5b275de713",
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
              "timestamp": "2025-03-22T18:00:26.640885+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #160",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 160
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
        "stock": 107,
        "updatedAt": "2025-03-22T18:00:26.640885+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 3,
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
          "productId": 3,
          "delta": 1,
          "reason": "cancel",
          "orderId": 160,
          "stockAfter": 107,
          "at": "2025-03-22T18:00:26.640885+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}