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
          "customerId": 5,
          "items": [
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 31.32
            }
          ],
          "total": 31.32,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-29T03:36:36.813669+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "649cf8c6-1d5a-4d16-827d-1c505b139e3a",
        "chainParentSerial": "d9d7b5c9-2232-435d-a3fc-a85a456d08dd",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-5",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Johnson",
          "email": "lucas.johnson24@example.org",
          "createdAt": "2024-11-16T14:57:55+00:00",
          "updatedAt": "2024-11-16T14:57:55+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-cbc2de"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T03:36:36.813669+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T03:36:36.961470+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "d1227d2cb2b61ce8"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T03:36:37.028450+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-002 x1",
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
        "stock": 10
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
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 215,
          "stockAfter": 10,
          "at": "2025-03-29T03:36:36.813669+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}