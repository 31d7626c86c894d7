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
        "cancelledAt": "2025-03-31T04:39:42.697107+00:00",
        "cancelReason": "changed mind"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 227,
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
        "serial": "de5427ff-e4ee-43ad-8672-0bcfbf85c8af",
        "chainParentSerial": "ab792b64-9274-473e-b37a-efa8c6d5dec0",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-71",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Daniel Murphy",
          "email": "daniel.murphy19@example.org",
          "createdAt": "2025-03-18T00:56:52.152861+00:00",
          "updatedAt": "2025-03-18T00:56:52.152861+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-a8e3ab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T04:39:42.697107+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -7
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T04:39:42.725470+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #227",
        "why": "Cancelled by the customer",
        "from": "Android app",
        "context": {
          "orderId": 227
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
        "stock": 62,
        "updatedAt": "2025-03-31T04:39:42.697107+00:00"
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
        "updatedAt": "2025-03-31T04:39:42.697107+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 10,
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
          "productId": 8,
          "delta": 1,
          "reason": "cancel",
          "orderId": 227,
          "stockAfter": 62,
          "at": "2025-03-31T04:39:42.697107+00:00"
        },
        {
          "id": -1,
          "productId": 10,
          "delta": 1,
          "reason": "cancel",
          "orderId": 227,
          "stockAfter": 80,
          "at": "2025-03-31T04:39:42.697107+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}