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
          "customerId": 2,
          "items": [
            {
              "productId": 19,
              "sku": "OUT-001",
              "qty": 1,
              "unitPrice": 34.0
            }
          ],
          "total": 34.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-08T23:48:02.569570+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "430e2bff-e4d1-4316-98ef-aa268b837b11",
        "chainParentSerial": "4a025294-78ca-4b40-84f6-0c27f6d9bfb8",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-2",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Taylor",
          "email": "lucas.taylor@example.com",
          "createdAt": "2024-12-25T06:37:14+00:00",
          "updatedAt": "2024-12-25T06:37:14+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-718596"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-08T23:48:02.569570+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -40
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-08T23:48:02.682019+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-001 x1",
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
        "stock": 18
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 19,
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
          "productId": 19,
          "delta": -1,
          "reason": "order",
          "orderId": 67,
          "stockAfter": 18,
          "at": "2025-03-08T23:48:02.569570+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}