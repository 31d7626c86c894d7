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
        "cancelledAt": "2025-03-15T11:47:59.571571+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 101,
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
        "serial": "c297ca44-8568-4552-a532-0a836e05938e",
        "chainParentSerial": "85b3b29e-60e7-4b92-bf0e-2cb5bba9acf2",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-43",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Samuel Johnson",
          "email": "samuel.johnson@example.org",
          "createdAt": "2025-03-04T09:29:24.903713+00:00",
          "updatedAt": "2025-03-04T09:29:24.903713+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-149a12"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T11:47:59.571571+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T11:47:59.693777+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "554939768bf9ad4f"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T11:47:59.749877+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #101",
        "why": "Cancelled by the customer",
        "from": "iOS app",
        "context": {
          "orderId": 101
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
        "stock": 41,
        "updatedAt": "2025-03-15T11:47:59.571571+00:00"
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
        "stock": 8,
        "updatedAt": "2025-03-15T11:47:59.571571+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 2,
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
          "orderId": 101,
          "stockAfter": 41,
          "at": "2025-03-15T11:47:59.571571+00:00"
        },
        {
          "id": -1,
          "productId": 2,
          "delta": 1,
          "reason": "cancel",
          "orderId": 101,
          "stockAfter": 8,
          "at": "2025-03-15T11:47:59.571571+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}