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
        "cancelledAt": "2025-03-10T11:33:14.713985+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 76,
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
        "serial": "ffe739fe-ef51-4631-af7b-e87fa422b169",
        "chainParentSerial": "683e3f80-9b18-4d93-932c-19bf82d44582",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-5",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Johnson",
          "email": "lucas.johnson24@example.org",
          "createdAt": "2024-11-16T14:57:55+00:00",
          "updatedAt": "2024-11-16T14:57:55+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-cbc2de"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T11:33:14.713985+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T11:33:14.830086+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "91887f1a89f6ef69"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T11:33:14.870719+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #76",
        "why": "Cancelled by the customer",
        "from": "iOS app",
        "context": {
          "orderId": 76
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
        "stock": 90,
        "updatedAt": "2025-03-10T11:33:14.713985+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 7,
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
          "productId": 7,
          "delta": 1,
          "reason": "cancel",
          "orderId": 76,
          "stockAfter": 90,
          "at": "2025-03-10T11:33:14.713985+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}