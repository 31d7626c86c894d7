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
          "customerId": 8,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 2,
              "unitPrice": 16.9
            }
          ],
          "total": 33.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-18T05:17:58.976770+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "c411a371-0370-41a1-ba03-a324b0a33447",
        "chainParentSerial": "0aebf478-07ac-4657-99e6-3f314b512f9a",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-8",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Noah Bennett",
          "email": "noah.bennett@example.net",
          "createdAt": "2024-12-19T03:10:46+00:00",
          "updatedAt": "2024-12-19T03:10:46+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-23b33c"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T05:17:58.976770+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 31
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T05:17:58.997428+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: FOD-002 x2",
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
        "stock": 40
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 9,
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
          "productId": 9,
          "delta": -2,
          "reason": "order",
          "orderId": 134,
          "stockAfter": 40,
          "at": "2025-03-18T05:17:58.976770+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}