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
          "customerId": 31,
          "items": [
            {
              "productId": 24,
              "sku": "KIT-006",
              "qty": 3,
              "unitPrice": 74.0
            },
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 1,
              "unitPrice": 22.05
            }
          ],
          "total": 244.05,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-19T22:31:07.773081+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "edd9cb4d-6f75-41cc-af99-8ab740b1df5c",
        "chainParentSerial": "f6f32e55-67ed-462e-8234-feceaa8ccf91",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-31",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "James Baker",
          "email": "james.baker@example.com",
          "createdAt": "2024-11-12T23:29:26+00:00",
          "updatedAt": "2024-11-12T23:29:26+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-fae735"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T22:31:07.773081+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T22:31:07.943711+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-006 x3 KIT-001 x1",
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
        "stock": 5
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 24,
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 23
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
          "productId": 24,
          "delta": -3,
          "reason": "order",
          "orderId": 147,
          "stockAfter": 5,
          "at": "2025-03-19T22:31:07.773081+00:00"
        },
        {
          "id": -1,
          "productId": 0,
          "delta": -1,
          "reason": "order",
          "orderId": 147,
          "stockAfter": 23,
          "at": "2025-03-19T22:31:07.773081+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}