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
              "productId": 4,
              "sku": "KIT-005",
              "qty": 1,
              "unitPrice": 96.12
            }
          ],
          "total": 96.12,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-23T10:37:07.401990+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "50aa9b9a-cd5c-4e56-bf29-91fd9a382bdb",
        "chainParentSerial": "56bb2669-b20c-41bc-8bb3-f7e9fb540664",
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
              "timestamp": "2025-03-23T10:37:07.401990+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 31
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T10:37:07.541969+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-005 x1",
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
        "stock": 32
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
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 172,
          "stockAfter": 32,
          "at": "2025-03-23T10:37:07.401990+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}