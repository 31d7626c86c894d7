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
          "customerId": 27,
          "items": [
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 1,
              "unitPrice": 46.0
            }
          ],
          "total": 46.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-11T22:45:21.560286+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d5471ad0-d41c-497e-a264-e457c7314ca8",
        "chainParentSerial": null,
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-27",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Isla Hughes",
          "email": "isla.hughes@example.net",
          "createdAt": "2024-12-16T19:56:36+00:00",
          "updatedAt": "2024-12-16T19:56:36+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-453e64"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T22:45:21.560286+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T22:45:21.581332+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "7de012abd60d6606"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T22:45:21.745444+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-002 x1",
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
        "stock": 11
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 15,
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
          "productId": 15,
          "delta": -1,
          "reason": "order",
          "orderId": 87,
          "stockAfter": 11,
          "at": "2025-03-11T22:45:21.560286+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}