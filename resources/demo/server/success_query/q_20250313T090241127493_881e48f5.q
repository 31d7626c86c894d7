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
              "productId": 2,
              "sku": "KIT-003",
              "qty": 1,
              "unitPrice": 58.9
            }
          ],
          "total": 58.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-13T09:02:41.060818+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9d989f9f-0fc7-4950-b6d6-2b5e86784b14",
        "chainParentSerial": null,
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
              "timestamp": "2025-03-13T09:02:41.060818+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -13
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-13T09:02:41.085054+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-003 x1",
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
        "stock": 10
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 2,
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
          "productId": 2,
          "delta": -1,
          "reason": "order",
          "orderId": 99,
          "stockAfter": 10,
          "at": "2025-03-13T09:02:41.060818+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}