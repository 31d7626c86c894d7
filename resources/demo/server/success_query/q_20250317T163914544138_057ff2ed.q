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
          "customerId": 70,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 10.35
            }
          ],
          "total": 10.35,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-17T16:39:14.214122+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ef0b1ed3-218c-4dd4-bfba-10c0876a5261",
        "chainParentSerial": "4e2ea42d-bc03-4d34-a634-5867e8278cd0",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-70",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Oscar Baker",
          "email": "oscar.baker21@example.net",
          "createdAt": "2025-03-17T16:36:25.303277+00:00",
          "updatedAt": "2025-03-17T16:36:25.303277+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-f01314"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T16:39:14.214122+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T16:39:14.375690+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "cbe4283f0e3a38ac"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T16:39:14.498006+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-003 x1",
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
        "stock": 147
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 12,
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
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 132,
          "stockAfter": 147,
          "at": "2025-03-17T16:39:14.214122+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}