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
        "cancelledAt": "2025-03-25T10:47:38.700609+00:00",
        "cancelReason": "changed mind"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 180,
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
        "serial": "c2bf5186-dbab-4c1d-af25-d36c40181857",
        "chainParentSerial": "f17271f4-5506-452d-995b-b9b3f574de41",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-21",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Ryan Parker",
          "email": "ryan.parker03@example.org",
          "createdAt": "2024-06-01T17:27:36+00:00",
          "updatedAt": "2024-06-01T17:27:36+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-c812b7"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-25T10:47:38.700609+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-25T10:47:38.817794+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "b5c4793280ccaa66"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-25T10:47:38.844960+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #180",
        "why": "Cancelled by the customer",
        "from": "iOS app",
        "context": {
          "orderId": 180
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
        "stock": 39,
        "updatedAt": "2025-03-25T10:47:38.700609+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 22,
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
        "stock": 23,
        "updatedAt": "2025-03-25T10:47:38.700609+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 26,
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
        "stock": 109,
        "updatedAt": "2025-03-25T10:47:38.700609+00:00"
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
          "productId": 22,
          "delta": 4,
          "reason": "cancel",
          "orderId": 180,
          "stockAfter": 39,
          "at": "2025-03-25T10:47:38.700609+00:00"
        },
        {
          "id": -1,
          "productId": 26,
          "delta": 2,
          "reason": "cancel",
          "orderId": 180,
          "stockAfter": 23,
          "at": "2025-03-25T10:47:38.700609+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": 1,
          "reason": "cancel",
          "orderId": 180,
          "stockAfter": 109,
          "at": "2025-03-25T10:47:38.700609+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}