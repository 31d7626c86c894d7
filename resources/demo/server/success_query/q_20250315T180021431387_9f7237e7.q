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
        "cancelledAt": "2025-03-15T18:00:21.391662+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 111,
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
        "serial": "6785e175-477e-46fd-aecf-880ed8d70ef8",
        "chainParentSerial": "eee1f714-49a2-4dc6-a63d-396ff2396152",
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
              "timestamp": "2025-03-15T18:00:21.391662+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #111",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 111
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
        "stock": 36,
        "updatedAt": "2025-03-15T18:00:21.391662+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 18,
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
        "stock": 66,
        "updatedAt": "2025-03-15T18:00:21.391662+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 8,
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
        "stock": 80,
        "updatedAt": "2025-03-15T18:00:21.391662+00:00"
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
          "productId": 18,
          "delta": 3,
          "reason": "cancel",
          "orderId": 111,
          "stockAfter": 36,
          "at": "2025-03-15T18:00:21.391662+00:00"
        },
        {
          "id": -1,
          "productId": 8,
          "delta": 1,
          "reason": "cancel",
          "orderId": 111,
          "stockAfter": 66,
          "at": "2025-03-15T18:00:21.391662+00:00"
        },
        {
          "id": -1,
          "productId": 21,
          "delta": 1,
          "reason": "cancel",
          "orderId": 111,
          "stockAfter": 80,
          "at": "2025-03-15T18:00:21.391662+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}