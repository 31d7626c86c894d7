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
        "cancelledAt": "2025-03-27T18:00:27.381418+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 196,
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
        "serial": "819d12f7-eb79-4a1f-8907-f6c9540e8cc8",
        "chainParentSerial": "2a7da2b7-df73-4b66-a0dc-6b7b9e6161d1",
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
              "timestamp": "2025-03-27T18:00:27.381418+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #196",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 196
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
        "stock": 37,
        "updatedAt": "2025-03-27T18:00:27.381418+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 17,
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
        "stock": 37,
        "updatedAt": "2025-03-27T18:00:27.381418+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 5,
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
        "stock": 27,
        "updatedAt": "2025-03-27T18:00:27.381418+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 1,
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
          "productId": 17,
          "delta": 1,
          "reason": "cancel",
          "orderId": 196,
          "stockAfter": 37,
          "at": "2025-03-27T18:00:27.381418+00:00"
        },
        {
          "id": -1,
          "productId": 5,
          "delta": 1,
          "reason": "cancel",
          "orderId": 196,
          "stockAfter": 37,
          "at": "2025-03-27T18:00:27.381418+00:00"
        },
        {
          "id": -1,
          "productId": 1,
          "delta": 2,
          "reason": "cancel",
          "orderId": 196,
          "stockAfter": 27,
          "at": "2025-03-27T18:00:27.381418+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}