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
          "customerId": 7,
          "items": [
            {
              "productId": 1,
              "sku": "KIT-002",
              "qty": 1,
              "unitPrice": 18.0
            }
          ],
          "total": 18.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T09:59:40.994367+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "40ffba65-1290-4ef3-83b9-69651bdf00f1",
        "chainParentSerial": "fe7caa21-7a12-4718-ab13-7ab4a822466a",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-7",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Chloe Ward",
          "email": "chloe.ward@example.org",
          "createdAt": "2024-10-19T02:52:14+00:00",
          "updatedAt": "2024-10-19T02:52:14+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-927dbe"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T09:59:40.994367+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 40
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T09:59:41.029629+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-002 x1",
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
        "stock": 33
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 1,
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
          "productId": 1,
          "delta": -1,
          "reason": "order",
          "orderId": 43,
          "stockAfter": 33,
          "at": "2025-03-05T09:59:40.994367+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}