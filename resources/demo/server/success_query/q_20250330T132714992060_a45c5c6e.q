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
          "customerId": 43,
          "items": [
            {
              "productId": 7,
              "sku": "TEA-003",
              "qty": 1,
              "unitPrice": 8.4
            }
          ],
          "total": 8.4,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-30T13:27:14.690570+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "58c58611-50f8-4543-b7d8-495b1d27994f",
        "chainParentSerial": "574abb29-c2cb-4f7f-91cd-f434cc1e0e35",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-43",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Samuel Johnson",
          "email": "samuel.johnson@example.org",
          "createdAt": "2025-03-04T09:29:24.903713+00:00",
          "updatedAt": "2025-03-04T09:29:24.903713+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-149a12"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T13:27:14.690570+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T13:27:14.847851+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "7add570c43e2a9f9"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T13:27:14.952146+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-003 x1",
        "why": "Checkout from cart",
        "from": "iOS app",
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
        "stock": 85
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 7,
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
          "productId": 7,
          "delta": -1,
          "reason": "order",
          "orderId": 228,
          "stockAfter": 85,
          "at": "2025-03-30T13:27:14.690570+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}