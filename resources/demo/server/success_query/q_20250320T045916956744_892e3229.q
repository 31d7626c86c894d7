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
        "cancelledAt": "2025-03-20T04:59:16.696073+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 144,
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
        "serial": "1c25e276-90d1-48dc-9ffd-b747496c47cb",
        "chainParentSerial": "7188c748-6b08-45ff-83a4-f6b60fdd1ff5",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-27",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Isla Hughes",
          "email": "isla.hughes@example.net",
          "createdAt": "2024-12-16T19:56:36+00:00",
          "updatedAt": "2024-12-16T19:56:36+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-453e64"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T04:59:16.696073+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T04:59:16.785148+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "fbc84aec480a9191"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T04:59:16.917270+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #144",
        "why": "Cancelled by the customer",
        "from": "iOS app",
        "context": {
          "orderId": 144
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
        "stock": 14,
        "updatedAt": "2025-03-20T04:59:16.696073+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 19,
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
          "productId": 19,
          "delta": 3,
          "reason": "cancel",
          "orderId": 144,
          "stockAfter": 14,
          "at": "2025-03-20T04:59:16.696073+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}