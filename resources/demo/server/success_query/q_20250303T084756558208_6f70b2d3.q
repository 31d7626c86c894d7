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
              "productId": 14,
              "sku": "HOM-001",
              "qty": 1,
              "unitPrice": 55.0
            }
          ],
          "total": 55.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-03T08:47:56.473734+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "977af43e-dd79-4ec6-9d09-6acfb46bfd54",
        "chainParentSerial": "7f5c2acb-423b-472d-994d-35fd94624dbb",
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
              "timestamp": "2025-03-03T08:47:56.473734+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T08:47:56.527369+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-001 x1",
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
        "stock": 7
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 14,
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
          "productId": 14,
          "delta": -1,
          "reason": "order",
          "orderId": 32,
          "stockAfter": 7,
          "at": "2025-03-03T08:47:56.473734+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}