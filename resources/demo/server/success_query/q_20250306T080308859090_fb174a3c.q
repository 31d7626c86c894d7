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
              "productId": 13,
              "sku": "STA-004",
              "qty": 4,
              "unitPrice": 6.8
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 3,
              "unitPrice": 29.0
            },
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 6,
              "unitPrice": 46.0
            }
          ],
          "total": 390.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-06T08:03:08.714716+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "6b2f45da-05dc-4401-9d6e-122d7577db3f",
        "chainParentSerial": "99f40aab-62bb-4d8c-8267-162d4413d733",
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
              "timestamp": "2025-03-06T08:03:08.714716+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-06T08:03:08.742985+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "9a3ccbfedab4ddab"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-06T08:03:08.820750+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-004 x4 OUT-002 x3 HOM-002 x6",
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
        "stock": 69
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 13,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 4,
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
        "stock": 27
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
            "value": 15,
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 13,
          "delta": -4,
          "reason": "order",
          "orderId": 53,
          "stockAfter": 69,
          "at": "2025-03-06T08:03:08.714716+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -3,
          "reason": "order",
          "orderId": 53,
          "stockAfter": 27,
          "at": "2025-03-06T08:03:08.714716+00:00"
        },
        {
          "id": -1,
          "productId": 15,
          "delta": -6,
          "reason": "order",
          "orderId": 53,
          "stockAfter": 12,
          "at": "2025-03-06T08:03:08.714716+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}