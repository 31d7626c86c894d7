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
          "customerId": 71,
          "items": [
            {
              "productId": 8,
              "sku": "FOD-001",
              "qty": 1,
              "unitPrice": 7.25
            },
            {
              "productId": 10,
              "sku": "STA-001",
              "qty": 1,
              "unitPrice": 14.7
            }
          ],
          "total": 21.95,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-30T11:24:15.347195+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "67549f3b-a10b-4ebd-a946-b5646811960a",
        "chainParentSerial": "26c201fb-7c84-49d3-ae35-47498e608247",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-71",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Daniel Murphy",
          "email": "daniel.murphy19@example.org",
          "createdAt": "2025-03-18T00:56:52.152861+00:00",
          "updatedAt": "2025-03-18T00:56:52.152861+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-a8e3ab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T11:24:15.347195+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -7
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T11:24:15.378118+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: FOD-001 x1 STA-001 x1",
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
        "stock": 80
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 10,
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
          "productId": 8,
          "delta": -1,
          "reason": "order",
          "orderId": 227,
          "stockAfter": 61,
          "at": "2025-03-30T11:24:15.347195+00:00"
        },
        {
          "id": -1,
          "productId": 10,
          "delta": -1,
          "reason": "order",
          "orderId": 227,
          "stockAfter": 80,
          "at": "2025-03-30T11:24:15.347195+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}