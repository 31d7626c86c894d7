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
          "customerId": 70,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            }
          ],
          "total": 21.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T07:15:44.483930+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d099d6d1-1c88-4815-b6db-64d795c74ace",
        "chainParentSerial": "4d31ee25-9b38-4f30-a963-7af3914ab685",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-70",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Oscar Baker",
          "email": "oscar.baker21@example.net",
          "createdAt": "2025-03-17T16:36:25.303277+00:00",
          "updatedAt": "2025-03-17T16:36:25.303277+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-f01314"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T07:15:44.483930+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T07:15:44.512375+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "51a1239db164a61f"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T07:15:44.646337+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-001 x1",
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
        "stock": 38
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 182,
          "stockAfter": 38,
          "at": "2025-03-24T07:15:44.483930+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}