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
              "productId": 4,
              "sku": "KIT-005",
              "qty": 2,
              "unitPrice": 89.0
            },
            {
              "productId": 23,
              "sku": "TOY-002",
              "qty": 1,
              "unitPrice": 10.25
            }
          ],
          "total": 188.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-17T14:17:41.279243+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "fc5491d4-f1d1-4ae1-8802-df29ba96bd27",
        "chainParentSerial": "c83364c1-3dd7-4698-96e3-772cce90dfb1",
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
              "timestamp": "2025-03-17T14:17:41.279243+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T14:17:41.311787+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "eeb3e8f80e2a2059"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T14:17:41.448942+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-005 x2 TOY-002 x1",
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
        "stock": 4
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 88
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 23,
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
          "delta": -2,
          "reason": "order",
          "orderId": 131,
          "stockAfter": 4,
          "at": "2025-03-17T14:17:41.279243+00:00"
        },
        {
          "id": -1,
          "productId": 23,
          "delta": -1,
          "reason": "order",
          "orderId": 131,
          "stockAfter": 88,
          "at": "2025-03-17T14:17:41.279243+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}