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
          "customerId": 55,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 10.35
            }
          ],
          "total": 10.35,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-18T12:50:40.743276+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "7f169af1-5f2c-408f-9137-f279d7b1ef06",
        "chainParentSerial": "b2ac2c80-0d08-4a32-84f4-30680d0e720d",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-55",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ava Taylor",
          "email": "ava.taylor@example.com",
          "createdAt": "2025-03-11T00:53:38.182389+00:00",
          "updatedAt": "2025-03-11T00:53:38.182389+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-fcb0e6"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T12:50:40.743276+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -13
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T12:50:40.782181+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-003 x1",
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
        "stock": 146
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 12,
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
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 138,
          "stockAfter": 146,
          "at": "2025-03-18T12:50:40.743276+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}