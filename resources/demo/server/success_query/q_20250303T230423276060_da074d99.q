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
          "customerId": 22,
          "items": [
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 2,
              "unitPrice": 24.5
            }
          ],
          "total": 49.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-03T23:04:23.156391+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "78005763-1115-46aa-a7a3-78b8622aaf4c",
        "chainParentSerial": "0c44dfd2-0dfc-419a-9d06-a85228ffaa48",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-22",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Jack Turner",
          "email": "jack.turner55@example.net",
          "createdAt": "2025-01-07T04:04:18+00:00",
          "updatedAt": "2025-01-07T04:04:18+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-d6ce13"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T23:04:23.156391+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 24
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T23:04:23.233253+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-001 x2",
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
        "stock": 37
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
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
          "productId": 0,
          "delta": -2,
          "reason": "order",
          "orderId": 36,
          "stockAfter": 37,
          "at": "2025-03-03T23:04:23.156391+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}