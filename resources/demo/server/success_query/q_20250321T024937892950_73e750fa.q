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
          "customerId": 30,
          "items": [
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 11.48
            }
          ],
          "total": 11.48,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-21T02:49:37.691596+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b06afa88-d8a0-472a-8284-a90d23cfe880",
        "chainParentSerial": "5ba6740c-61ef-4adf-a4ce-550c9de2e0bf",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-30",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Liam Green",
          "email": "liam.green@example.net",
          "createdAt": "2024-11-30T16:38:59+00:00",
          "updatedAt": "2024-11-30T16:38:59+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-b8f05f"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T02:49:37.691596+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 36
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T02:49:37.830910+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-002 x1",
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
        "stock": 71
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 6,
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
          "productId": 6,
          "delta": -1,
          "reason": "order",
          "orderId": 157,
          "stockAfter": 71,
          "at": "2025-03-21T02:49:37.691596+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}