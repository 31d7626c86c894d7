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
              "productId": 25,
              "sku": "TEA-004",
              "qty": 6,
              "unitPrice": 9.6
            },
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            }
          ],
          "total": 77.4,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-01T05:40:08.317496+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "523c4453-15e2-4d40-a4e3-3e7c53be17cb",
        "chainParentSerial": "e186218a-4c8e-4c0d-8a6d-61ccaf89e4e3",
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
              "timestamp": "2025-04-01T05:40:08.317496+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T05:40:08.372786+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "f4b60d86f9ea8d95"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T05:40:08.539875+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-004 x6 HOM-003 x1",
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
        "stock": 34
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 25,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 6,
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
        "stock": 51
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
          "productId": 25,
          "delta": -6,
          "reason": "order",
          "orderId": 235,
          "stockAfter": 34,
          "at": "2025-04-01T05:40:08.317496+00:00"
        },
        {
          "id": -1,
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 235,
          "stockAfter": 51,
          "at": "2025-04-01T05:40:08.317496+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}