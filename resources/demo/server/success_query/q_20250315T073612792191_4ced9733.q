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
        "cancelledAt": "2025-03-15T07:36:12.530137+00:00",
        "cancelReason": "changed mind"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 117,
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
        "serial": "6ee85ace-ff74-414f-8d62-9758e0399d58",
        "chainParentSerial": "93076774-429c-4a27-bd5a-c1a6a9c47e41",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-13",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ava Hughes",
          "email": "ava.hughes64@example.net",
          "createdAt": "2025-02-17T13:14:24+00:00",
          "updatedAt": "2025-02-17T13:14:24+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-f33d66"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T07:36:12.530137+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T07:36:12.692205+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "7082f8e331656d6c"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T07:36:12.779409+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #117",
        "why": "Cancelled by the customer",
        "from": "iOS app",
        "context": {
          "orderId": 117
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
        "stock": 1,
        "updatedAt": "2025-03-15T07:36:12.530137+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 27,
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
          "productId": 27,
          "delta": 1,
          "reason": "cancel",
          "orderId": 117,
          "stockAfter": 1,
          "at": "2025-03-15T07:36:12.530137+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}