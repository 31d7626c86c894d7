{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "customerId": 71,
          "items": [
            {
              "productId": 13,
              "sku": "STA-004",
              "qty": 1,
              "unitPrice": 6.8
            }
          ],
          "total": 6.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T20:05:06.274928+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5b4c6b93-40c1-4696-a65b-27d640ff804d",
        "chainParentSerial": "67417b8a-2ac8-49e1-996f-d54bfb5dff90",
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
              "timestamp": "2025-03-28T20:05:06.274928+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -7
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T20:05:06.423000+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-004 x1",
        "why": "Checkout from cart",
        "from": "Android app",
        "context": {
          "screen": "Checkout"
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
        "stock": 65
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 13,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 1,
            "vType": "auto_",
            "version": "2"
          }
        ],
        "version": "1"
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
          "productId": 13,
          "delta": -1,
          "reason": "order",
          "orderId": 212,
          "stockAfter": 65,
          "at": "2025-03-28T20:05:06.274928+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}