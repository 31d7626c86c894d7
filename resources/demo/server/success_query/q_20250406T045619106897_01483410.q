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
              "productId": 22,
              "sku": "TOY-001",
              "qty": 1,
              "unitPrice": 16.0
            },
            {
              "productId": 25,
              "sku": "TEA-004",
              "qty": 1,
              "unitPrice": 9.6
            },
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 5,
              "unitPrice": 44.71
            }
          ],
          "total": 249.15,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-06T04:56:18.763379+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "109154cb-ca61-468f-9673-c9fcba03466c",
        "chainParentSerial": "7c58d800-69d5-41f1-a659-fe539ec914e9",
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
              "timestamp": "2025-04-06T04:56:18.763379+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T04:56:18.904631+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "be633e7695f7653c"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T04:56:19.081027+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-001 x1 TEA-004 x1 HOM-002 x5",
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
        "stock": 28
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 22,
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
            "value": 15,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 5,
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
          "productId": 22,
          "delta": -1,
          "reason": "order",
          "orderId": 270,
          "stockAfter": 28,
          "at": "2025-04-06T04:56:18.763379+00:00"
        },
        {
          "id": -1,
          "productId": 25,
          "delta": -1,
          "reason": "order",
          "orderId": 270,
          "stockAfter": 32,
          "at": "2025-04-06T04:56:18.763379+00:00"
        },
        {
          "id": -1,
          "productId": 15,
          "delta": -5,
          "reason": "order",
          "orderId": 270,
          "stockAfter": 35,
          "at": "2025-04-06T04:56:18.763379+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}