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
          "customerId": 48,
          "items": [
            {
              "productId": 26,
              "sku": "STA-005",
              "qty": 1,
              "unitPrice": 22.0
            }
          ],
          "total": 22.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-30T20:23:19.458056+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "74425d3f-69c1-4c92-8d62-052967c7ae36",
        "chainParentSerial": "f54c1cc4-3ae1-4129-a1a5-2b786811f210",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-48",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Henry Hughes",
          "email": "henry.hughes@example.com",
          "createdAt": "2025-03-06T08:00:33.151604+00:00",
          "updatedAt": "2025-03-06T08:00:33.151604+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-e8d261"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T20:23:19.458056+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T20:23:19.535093+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "90b82c033aceca51"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T20:23:19.636490+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-005 x1",
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
        "stock": 21
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
          "productId": 26,
          "delta": -1,
          "reason": "order",
          "orderId": 230,
          "stockAfter": 21,
          "at": "2025-03-30T20:23:19.458056+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}