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
              "productId": 24,
              "sku": "KIT-006",
              "qty": 1,
              "unitPrice": 74.0
            }
          ],
          "total": 74.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-21T01:00:19.393942+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "165807f0-1f9a-4963-9dd8-223f3ce045aa",
        "chainParentSerial": "2580ac80-20d9-4aeb-afcc-bde37e266a4d",
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
              "timestamp": "2025-03-21T01:00:19.393942+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 31
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T01:00:19.493539+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-006 x1",
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
        "stock": 46
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
          "delta": -1,
          "reason": "order",
          "orderId": 156,
          "stockAfter": 46,
          "at": "2025-03-21T01:00:19.393942+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}