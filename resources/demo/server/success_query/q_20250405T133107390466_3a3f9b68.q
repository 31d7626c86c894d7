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
          "customerId": 84,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 5,
              "unitPrice": 8.99
            },
            {
              "productId": 7,
              "sku": "TEA-003",
              "qty": 2,
              "unitPrice": 8.4
            },
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            }
          ],
          "total": 81.55,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-05T13:31:07.090026+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "1511d22f-e526-4668-b659-a73b2cc8c2cd",
        "chainParentSerial": "5810d173-968e-4af2-97af-af490ae02163",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-84",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Noah Adams",
          "email": "noah.adams@example.net",
          "createdAt": "2025-03-22T05:05:35.076214+00:00",
          "updatedAt": "2025-03-22T05:05:35.076214+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-bd48b0"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T13:31:07.090026+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T13:31:07.219834+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "942ac5f483f373cc"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T13:31:07.364540+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-004 x5 TEA-003 x2 HOM-003 x1",
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
        "stock": 93
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 81
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 7,
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
        "stock": 50
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
          "delta": -5,
          "reason": "order",
          "orderId": 267,
          "stockAfter": 93,
          "at": "2025-04-05T13:31:07.090026+00:00"
        },
        {
          "id": -1,
          "productId": 7,
          "delta": -2,
          "reason": "order",
          "orderId": 267,
          "stockAfter": 81,
          "at": "2025-04-05T13:31:07.090026+00:00"
        },
        {
          "id": -1,
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 267,
          "stockAfter": 50,
          "at": "2025-04-05T13:31:07.090026+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}