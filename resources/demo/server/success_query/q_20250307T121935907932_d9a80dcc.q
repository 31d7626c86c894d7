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
              "productId": 2,
              "sku": "KIT-003",
              "qty": 1,
              "unitPrice": 58.9
            }
          ],
          "total": 58.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-07T12:19:35.787409+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "7af19bdf-faf6-44bb-b76f-a5b7a1ee91fb",
        "chainParentSerial": "151e31a4-da30-4a13-a872-d2cd0f86fac2",
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
              "timestamp": "2025-03-07T12:19:35.787409+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 24
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T12:19:35.865205+00:00",
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
        "stock": 11
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
          "orderId": 61,
          "stockAfter": 11,
          "at": "2025-03-07T12:19:35.787409+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}