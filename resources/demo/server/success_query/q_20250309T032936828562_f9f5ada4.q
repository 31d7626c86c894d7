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
              "productId": 18,
              "sku": "HOM-005",
              "qty": 2,
              "unitPrice": 15.5
            },
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 2,
              "unitPrice": 89.0
            }
          ],
          "total": 209.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-09T03:29:36.544472+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "050a74b0-0be1-44fb-8628-34ad468e839f",
        "chainParentSerial": "8dec395e-b27b-47c6-9eb6-cb075917eb3f",
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
              "timestamp": "2025-03-09T03:29:36.544472+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T03:29:36.664581+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "e3192756d8158fa8"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T03:29:36.775197+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-005 x2 KIT-005 x2",
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
        "stock": 37
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 18,
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
        "stock": 9
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 18,
          "delta": -2,
          "reason": "order",
          "orderId": 69,
          "stockAfter": 37,
          "at": "2025-03-09T03:29:36.544472+00:00"
        },
        {
          "id": -1,
          "productId": 4,
          "delta": -2,
          "reason": "order",
          "orderId": 69,
          "stockAfter": 9,
          "at": "2025-03-09T03:29:36.544472+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}