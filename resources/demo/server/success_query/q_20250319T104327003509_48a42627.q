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
              "productId": 19,
              "sku": "OUT-001",
              "qty": 3,
              "unitPrice": 34.0
            }
          ],
          "total": 102.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-19T10:43:26.813952+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "8a02fa34-93fc-4596-8d8c-4e0a911b9109",
        "chainParentSerial": "1614c3fd-e9fa-49ff-9f84-61f3633044c0",
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
              "timestamp": "2025-03-19T10:43:26.813952+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T10:43:26.871787+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "0a568ce65f4882ae"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T10:43:26.937389+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-001 x3",
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
        "stock": 12
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 19,
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
          "productId": 19,
          "delta": -3,
          "reason": "order",
          "orderId": 144,
          "stockAfter": 12,
          "at": "2025-03-19T10:43:26.813952+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}