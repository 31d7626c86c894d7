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
        "cancelledAt": "2025-03-07T19:24:37.597210+00:00",
        "cancelReason": "delivery too slow"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 43,
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
        "serial": "a3ffd52d-b212-4864-9cf8-bfea8ad12ec3",
        "chainParentSerial": "f8ac5b46-fe6f-4e8b-9e59-0f534a34b1df",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-7",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Chloe Ward",
          "email": "chloe.ward@example.org",
          "createdAt": "2024-10-19T02:52:14+00:00",
          "updatedAt": "2024-10-19T02:52:14+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-927dbe"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T19:24:37.597210+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 40
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T19:24:37.756676+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #43",
        "why": "Cancelled by the customer",
        "from": "Android app",
        "context": {
          "orderId": 43
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
        "stock": 34,
        "updatedAt": "2025-03-07T19:24:37.597210+00:00"
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
          "productId": 1,
          "delta": 1,
          "reason": "cancel",
          "orderId": 43,
          "stockAfter": 34,
          "at": "2025-03-07T19:24:37.597210+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}