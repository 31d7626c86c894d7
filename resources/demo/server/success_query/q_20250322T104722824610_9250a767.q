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
              "productId": 10,
              "sku": "STA-001",
              "qty": 2,
              "unitPrice": 14.0
            }
          ],
          "total": 28.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-22T10:47:22.466679+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "0e7e40ba-9efe-4d38-a4e7-f4751c005bd2",
        "chainParentSerial": "e63c7c68-5cb3-4723-ac5e-9e4b57c39d51",
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
              "timestamp": "2025-03-22T10:47:22.466679+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T10:47:22.630329+00:00",
              "location": "ApiGateway-ap-northeast-1",
              "context": {
                "requestId": "4bd4f52cdf9919f4"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T10:47:22.802273+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-001 x2",
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
        "stock": 85
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 10,
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
          "productId": 10,
          "delta": -2,
          "reason": "order",
          "orderId": 167,
          "stockAfter": 85,
          "at": "2025-03-22T10:47:22.466679+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}