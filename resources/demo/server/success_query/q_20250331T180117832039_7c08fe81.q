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
        "cancelledAt": "2025-03-31T18:01:17.742195+00:00",
        "cancelReason": "delivery too slow"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 230,
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
        "serial": "0ac4ac25-0d6e-4ff2-bd10-fd01d95b2abf",
        "chainParentSerial": "47f07e59-5382-42e4-b086-7a3e7c461241",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-48",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Henry Hughes",
          "email": "henry.hughes@example.com",
          "createdAt": "2025-03-06T08:00:33.151604+00:00",
          "updatedAt": "2025-03-06T08:00:33.151604+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-e8d261"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T18:01:17.742195+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T18:01:17.763770+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "16243f9a21fa2f42"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T18:01:17.788863+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #230",
        "why": "Cancelled by the customer",
        "from": "iOS app",
        "context": {
          "orderId": 230
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
        "stock": 22,
        "updatedAt": "2025-03-31T18:01:17.742195+00:00"
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 26,
          "delta": 1,
          "reason": "cancel",
          "orderId": 230,
          "stockAfter": 22,
          "at": "2025-03-31T18:01:17.742195+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}