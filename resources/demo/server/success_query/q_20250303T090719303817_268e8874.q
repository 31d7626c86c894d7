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
          "customerId": 3,
          "items": [
            {
              "productId": 22,
              "sku": "TOY-001",
              "qty": 1,
              "unitPrice": 16.0
            },
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            }
          ],
          "total": 35.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-03T09:07:19.137386+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "914016e6-0a84-45b1-9eda-b06b4f6836af",
        "chainParentSerial": null,
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-3",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Emily Hall",
          "email": "emily.hall90@example.org",
          "createdAt": "2024-11-10T17:22:51+00:00",
          "updatedAt": "2024-11-10T17:22:51+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-3c0c6e"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T09:07:19.137386+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T09:07:19.234424+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "45dbe9f879cd0bc6"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T09:07:19.266952+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-001 x1 HOM-003 x1",
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
        "stock": 24
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
        "stock": 62
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
          "productId": 22,
          "delta": -1,
          "reason": "order",
          "orderId": 33,
          "stockAfter": 24,
          "at": "2025-03-03T09:07:19.137386+00:00"
        },
        {
          "id": -1,
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 33,
          "stockAfter": 62,
          "at": "2025-03-03T09:07:19.137386+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}