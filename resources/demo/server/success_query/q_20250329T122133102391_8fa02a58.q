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
          "customerId": 28,
          "items": [
            {
              "productId": 25,
              "sku": "TEA-004",
              "qty": 1,
              "unitPrice": 9.6
            }
          ],
          "total": 9.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-29T12:21:32.953639+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "8fa5a358-ea4e-4d76-9e4e-15f8eaeb55b0",
        "chainParentSerial": "00c17b48-f81d-4df7-9d12-0b42a1707bcc",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-28",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Grace Hughes",
          "email": "grace.hughes76@example.com",
          "createdAt": "2024-07-27T16:32:45+00:00",
          "updatedAt": "2024-07-27T16:32:45+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-a6a1b1"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T12:21:32.953639+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T12:21:32.985828+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "fa07675fb9a364a5"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T12:21:33.073667+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-004 x1",
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
        "stock": 40
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 25,
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
          "productId": 25,
          "delta": -1,
          "reason": "order",
          "orderId": 220,
          "stockAfter": 40,
          "at": "2025-03-29T12:21:32.953639+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}