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
              "productId": 20,
              "sku": "OUT-002",
              "qty": 5,
              "unitPrice": 29.0
            }
          ],
          "total": 145.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T14:16:14.387000+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "0b4a4216-d00c-4d18-b028-a008ec2c661b",
        "chainParentSerial": "0bb5ae2b-2079-4304-aec8-3d73b1486600",
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
              "timestamp": "2025-03-12T14:16:14.387000+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -13
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T14:16:14.427667+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-002 x5",
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
        "stock": 21
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 20,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 5,
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
          "productId": 20,
          "delta": -5,
          "reason": "order",
          "orderId": 96,
          "stockAfter": 21,
          "at": "2025-03-12T14:16:14.387000+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}