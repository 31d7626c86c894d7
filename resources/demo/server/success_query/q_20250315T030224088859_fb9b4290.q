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
              "productId": 27,
              "sku": "KIT-LTD1",
              "qty": 2,
              "unitPrice": 120.0
            }
          ],
          "total": 240.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-15T03:02:23.950875+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "676442c6-0378-41cb-8a9b-9492c3e107e1",
        "chainParentSerial": "60579599-d947-4515-8f8c-326b4cf05e14",
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
              "timestamp": "2025-03-15T03:02:23.950875+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -13
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T03:02:24.056748+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-LTD1 x2",
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
        "stock": 4
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 27,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 2,
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
          "productId": 27,
          "delta": -2,
          "reason": "order",
          "orderId": 114,
          "stockAfter": 4,
          "at": "2025-03-15T03:02:23.950875+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}