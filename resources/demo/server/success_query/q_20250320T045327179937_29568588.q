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
        "cancelledAt": "2025-03-20T04:53:26.987653+00:00",
        "cancelReason": "delivery too slow"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 147,
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
        "serial": "619ad992-90eb-46d5-be98-a1103bc471c5",
        "chainParentSerial": "edd9cb4d-6f75-41cc-af99-8ab740b1df5c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-31",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "James Baker",
          "email": "james.baker@example.com",
          "createdAt": "2024-11-12T23:29:26+00:00",
          "updatedAt": "2024-11-12T23:29:26+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-fae735"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T04:53:26.987653+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T04:53:27.154389+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #147",
        "why": "Cancelled by the customer",
        "from": "Android app",
        "context": {
          "orderId": 147
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
        "stock": 8,
        "updatedAt": "2025-03-20T04:53:26.987653+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 24,
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
        "stock": 24,
        "updatedAt": "2025-03-20T04:53:26.987653+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 0,
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
          "productId": 24,
          "delta": 3,
          "reason": "cancel",
          "orderId": 147,
          "stockAfter": 8,
          "at": "2025-03-20T04:53:26.987653+00:00"
        },
        {
          "id": -1,
          "productId": 0,
          "delta": 1,
          "reason": "cancel",
          "orderId": 147,
          "stockAfter": 24,
          "at": "2025-03-20T04:53:26.987653+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}