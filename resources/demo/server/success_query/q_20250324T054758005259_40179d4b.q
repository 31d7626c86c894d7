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
              "qty": 4,
              "unitPrice": 16.0
            },
            {
              "productId": 26,
              "sku": "STA-005",
              "qty": 2,
              "unitPrice": 22.0
            },
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 117.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T05:47:57.861123+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d548d91e-af7f-4d6f-81f2-f00221af5585",
        "chainParentSerial": "b5110751-18d9-4bed-8888-05be280bfc92",
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
              "timestamp": "2025-03-24T05:47:57.861123+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T05:47:57.936826+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "ffc7541161f47cb5"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T05:47:57.970624+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-001 x4 STA-005 x2 KIT-004 x1",
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
        "stock": 5
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
            "value": 4,
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
        "stock": 22
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 26,
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
        "stock": 108
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
          "productId": 22,
          "delta": -4,
          "reason": "order",
          "orderId": 180,
          "stockAfter": 5,
          "at": "2025-03-24T05:47:57.861123+00:00"
        },
        {
          "id": -1,
          "productId": 26,
          "delta": -2,
          "reason": "order",
          "orderId": 180,
          "stockAfter": 22,
          "at": "2025-03-24T05:47:57.861123+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 180,
          "stockAfter": 108,
          "at": "2025-03-24T05:47:57.861123+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}