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
          "customerId": 82,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 9.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-21T09:18:36.944820+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "483d3707-2dbf-4eb6-87f7-cc5b275de713",
        "chainParentSerial": "d7176310-5638-47f6-bca9-9920edcf5e5c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-82",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Jack Evans",
          "email": "jack.evans33@example.com",
          "createdAt": "2025-03-21T09:17:13.672859+00:00",
          "updatedAt": "2025-03-21T09:17:13.672859+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-83013a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T09:18:36.944820+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T09:18:37.091077+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "ae319410754a12aa"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-21T09:18:37.251079+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-004 x1",
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
        "stock": 109
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 160,
          "stockAfter": 109,
          "at": "2025-03-21T09:18:36.944820+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}