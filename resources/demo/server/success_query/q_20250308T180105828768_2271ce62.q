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
        "cancelledAt": "2025-03-08T18:01:05.779374+00:00",
        "cancelReason": "payment timeout"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 59,
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
        "serial": "5a624853-d8cb-4591-bf42-6014074f7515",
        "chainParentSerial": "9243d8a5-0706-4099-aab5-83d32746133b",
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
              "timestamp": "2025-03-08T18:01:05.779374+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #59",
        "why": "Unpaid for 24 hours",
        "from": "batch-01 cron (order-expiry)",
        "context": {
          "orderId": 59
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
        "stock": 69,
        "updatedAt": "2025-03-08T18:01:05.779374+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 13,
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
        "stock": 117,
        "updatedAt": "2025-03-08T18:01:05.779374+00:00"
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 19,
        "updatedAt": "2025-03-08T18:01:05.779374+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 11,
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
          "productId": 13,
          "delta": 1,
          "reason": "cancel",
          "orderId": 59,
          "stockAfter": 69,
          "at": "2025-03-08T18:01:05.779374+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": 1,
          "reason": "cancel",
          "orderId": 59,
          "stockAfter": 117,
          "at": "2025-03-08T18:01:05.779374+00:00"
        },
        {
          "id": -1,
          "productId": 11,
          "delta": 1,
          "reason": "cancel",
          "orderId": 59,
          "stockAfter": 19,
          "at": "2025-03-08T18:01:05.779374+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}