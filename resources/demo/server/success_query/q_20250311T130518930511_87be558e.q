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
        "cancelledAt": "2025-03-11T13:05:18.841771+00:00",
        "cancelReason": "found a better price"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 80,
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
        "serial": "0f7311fb-5ef1-4902-9158-0d1f5fc96e4d",
        "chainParentSerial": "bb7aa6fe-5cbf-4dc7-871e-f691f79041ba",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-51",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ryan Murphy",
          "email": "ryan.murphy77@example.org",
          "createdAt": "2025-03-09T06:57:17.096015+00:00",
          "updatedAt": "2025-03-09T06:57:17.096015+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-e52df9"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T13:05:18.841771+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -33
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T13:05:18.888321+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #80",
        "why": "Cancelled by the customer",
        "from": "Android app",
        "context": {
          "orderId": 80
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
        "stock": 91,
        "updatedAt": "2025-03-11T13:05:18.841771+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 23,
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
          "productId": 23,
          "delta": 1,
          "reason": "cancel",
          "orderId": 80,
          "stockAfter": 91,
          "at": "2025-03-11T13:05:18.841771+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}