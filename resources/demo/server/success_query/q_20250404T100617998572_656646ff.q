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
          "customerId": 21,
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
          "createdAt": "2025-04-04T10:06:17.740570+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9e162404-79cf-40e4-b121-7638f1f33167",
        "chainParentSerial": "485b9f53-5cc2-4e08-b876-9141084d070e",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-21",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Ryan Parker",
          "email": "ryan.parker03@example.org",
          "createdAt": "2024-06-01T17:27:36+00:00",
          "updatedAt": "2024-06-01T17:27:36+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-c812b7"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T10:06:17.740570+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T10:06:17.894510+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "e80d6679e7fe553b"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T10:06:17.978222+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-006 x1",
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
        "stock": 35
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
          "orderId": 259,
          "stockAfter": 35,
          "at": "2025-04-04T10:06:17.740570+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}