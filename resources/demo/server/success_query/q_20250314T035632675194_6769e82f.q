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
          "customerId": 43,
          "items": [
            {
              "productId": 26,
              "sku": "STA-005",
              "qty": 2,
              "unitPrice": 22.0
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 2,
              "unitPrice": 29.0
            }
          ],
          "total": 102.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-14T03:56:32.388108+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "aec72990-7c76-4eef-98dc-a3c1a56a307c",
        "chainParentSerial": "d5869a12-0bb0-41d4-8b66-5bdd597a55ba",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-43",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Samuel Johnson",
          "email": "samuel.johnson@example.org",
          "createdAt": "2025-03-04T09:29:24.903713+00:00",
          "updatedAt": "2025-03-04T09:29:24.903713+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-149a12"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T03:56:32.388108+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T03:56:32.537884+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "8bcbe1874cc80903"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T03:56:32.665031+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-005 x2 OUT-002 x2",
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
        "stock": 26
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
        "stock": 19
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 20,
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
          "productId": 26,
          "delta": -2,
          "reason": "order",
          "orderId": 107,
          "stockAfter": 26,
          "at": "2025-03-14T03:56:32.388108+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -2,
          "reason": "order",
          "orderId": 107,
          "stockAfter": 19,
          "at": "2025-03-14T03:56:32.388108+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}