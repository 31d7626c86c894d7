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
        "cancelledAt": "2025-03-25T18:01:00.124075+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 186,
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
        "serial": "3ba7172c-d903-4f1a-b725-c23bd689e57a",
        "chainParentSerial": "89154026-a103-4b8b-824c-9d1f24058aad",
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
              "timestamp": "2025-03-25T18:01:00.124075+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #186",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 186
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
        "stock": 70,
        "updatedAt": "2025-03-25T18:01:00.124075+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 6,
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
          "productId": 6,
          "delta": 1,
          "reason": "cancel",
          "orderId": 186,
          "stockAfter": 70,
          "at": "2025-03-25T18:01:00.124075+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}