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
          "customerId": 65,
          "items": [
            {
              "productId": 8,
              "sku": "FOD-001",
              "qty": 3,
              "unitPrice": 7.25
            }
          ],
          "total": 21.75,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T10:07:23.579964+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "8f3ac82c-6c69-48e0-b4bc-dd2370228347",
        "chainParentSerial": "8dd7923b-8198-4fc8-ad58-f3dd79f4a82c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-65",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Liam Price",
          "email": "liam.price67@example.org",
          "createdAt": "2025-03-13T19:20:21.109490+00:00",
          "updatedAt": "2025-03-13T19:20:21.109490+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-c5297a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T10:07:23.579964+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -13
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T10:07:23.640475+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: FOD-001 x3",
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
        "stock": 61
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 8,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 3,
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
          "productId": 8,
          "delta": -3,
          "reason": "order",
          "orderId": 207,
          "stockAfter": 61,
          "at": "2025-03-28T10:07:23.579964+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}