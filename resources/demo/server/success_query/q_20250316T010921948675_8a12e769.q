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
          "customerId": 11,
          "items": [
            {
              "productId": 22,
              "sku": "TOY-001",
              "qty": 1,
              "unitPrice": 16.0
            },
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 1,
              "unitPrice": 89.0
            }
          ],
          "total": 105.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-16T01:09:21.882246+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9ba4b57a-de75-43e7-b2c3-02853882f16f",
        "chainParentSerial": "f306396d-e640-4adf-9f16-94b9ab8c3b24",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-11",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Emily Green",
          "email": "emily.green45@example.org",
          "createdAt": "2024-08-31T01:12:03+00:00",
          "updatedAt": "2024-08-31T01:12:03+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-5ca52f"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T01:09:21.882246+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -9
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T01:09:21.929195+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-001 x1 KIT-005 x1",
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
        "stock": 14
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 22,
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 9
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
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
          "productId": 22,
          "delta": -1,
          "reason": "order",
          "orderId": 120,
          "stockAfter": 14,
          "at": "2025-03-16T01:09:21.882246+00:00"
        },
        {
          "id": -1,
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 120,
          "stockAfter": 9,
          "at": "2025-03-16T01:09:21.882246+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}