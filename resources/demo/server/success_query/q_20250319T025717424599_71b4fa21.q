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
          "customerId": 42,
          "items": [
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 3,
              "unitPrice": 41.4
            }
          ],
          "total": 124.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-19T02:57:17.165609+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3fc5887b-f657-4430-9931-123fc4d11d0b",
        "chainParentSerial": "3e469add-8ab6-4867-8a22-763d25c27ca4",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-42",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Foster",
          "email": "lucas.foster@example.com",
          "createdAt": "2025-03-04T02:41:53.761622+00:00",
          "updatedAt": "2025-03-04T02:41:53.761622+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-1d6f0e"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T02:57:17.165609+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T02:57:17.291537+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "cd5dea95c6fd8bc5"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T02:57:17.385828+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-002 x3",
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
        "stock": 6
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
            "value": 3,
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
          "productId": 15,
          "delta": -3,
          "reason": "order",
          "orderId": 141,
          "stockAfter": 6,
          "at": "2025-03-19T02:57:17.165609+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}