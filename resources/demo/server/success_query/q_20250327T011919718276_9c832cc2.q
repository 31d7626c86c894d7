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
        "cancelledAt": "2025-03-27T01:19:19.570836+00:00",
        "cancelReason": "fraud review"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 189,
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
        "serial": "d00a109c-a07d-41a7-b4ea-f45d883758fe",
        "chainParentSerial": "4f0adf98-4843-48f8-9f1f-8855695eb318",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "st-102",
          "collectionPermissions": null,
          "context": {
            "department": "Customer Support"
          },
          "name": "Daniel Evans",
          "email": "daniel.evans@shop.example.jp",
          "createdAt": "2024-09-16T08:12:05.280386+00:00",
          "updatedAt": "2024-09-19T15:12:05.280386+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "web-7A44E1"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T01:19:19.570836+00:00",
              "location": "AdminConsole/2025.3",
              "context": {}
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T01:19:19.706638+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #189",
        "why": "Confirmed the AI fraud flag: card holder mismatch",
        "from": "Admin console (remote)",
        "context": {
          "orderId": 189
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
        "stock": 53,
        "updatedAt": "2025-03-27T01:19:19.570836+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 16,
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
        "stock": 12,
        "updatedAt": "2025-03-27T01:19:19.570836+00:00"
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 16,
        "updatedAt": "2025-03-27T01:19:19.570836+00:00"
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
          "productId": 16,
          "delta": 1,
          "reason": "cancel",
          "orderId": 189,
          "stockAfter": 53,
          "at": "2025-03-27T01:19:19.570836+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": 1,
          "reason": "cancel",
          "orderId": 189,
          "stockAfter": 12,
          "at": "2025-03-27T01:19:19.570836+00:00"
        },
        {
          "id": -1,
          "productId": 11,
          "delta": 4,
          "reason": "cancel",
          "orderId": 189,
          "stockAfter": 16,
          "at": "2025-03-27T01:19:19.570836+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}