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
          "customerId": 13,
          "items": [
            {
              "productId": 27,
              "sku": "KIT-LTD1",
              "qty": 2,
              "unitPrice": 120.0
            }
          ],
          "total": 240.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-15T03:06:32.606223+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "46b0d175-4014-4ae8-a507-f98ca7e0438f",
        "chainParentSerial": "60579599-d947-4515-8f8c-326b4cf05e14",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-13",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ava Hughes",
          "email": "ava.hughes64@example.net",
          "createdAt": "2025-02-17T13:14:24+00:00",
          "updatedAt": "2025-02-17T13:14:24+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-f33d66"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T03:06:32.606223+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T03:06:32.670003+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "f6f49e4aa3f59fd6"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T03:06:32.729906+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-LTD1 x2",
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
        "stock": -1
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 27,
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
          "productId": 27,
          "delta": -2,
          "reason": "order",
          "orderId": 117,
          "stockAfter": -1,
          "at": "2025-03-15T03:06:32.606223+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}