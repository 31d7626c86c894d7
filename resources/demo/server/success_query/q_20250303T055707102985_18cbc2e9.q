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
          "customerId": 40,
          "items": [
            {
              "productId": 11,
              "sku": "STA-002",
              "qty": 1,
              "unitPrice": 38.0
            },
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 47.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-03T05:57:06.946688+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ee7925bd-6ff5-4115-99ec-d6854775a5cb",
        "chainParentSerial": "b8c92592-084e-4d26-bc42-f6c7cf2d8b57",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-40",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Olivia Parker",
          "email": "olivia.parker31@example.com",
          "createdAt": "2025-03-03T05:55:54.336534+00:00",
          "updatedAt": "2025-03-03T05:55:54.336534+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": []
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T05:57:06.946688+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T05:57:07.044490+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-002 x1 KIT-004 x1",
        "why": "Checkout from cart",
        "from": "web shop (Chrome)",
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
        "stock": 19
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 11,
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
        "stock": 119
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
          "productId": 11,
          "delta": -1,
          "reason": "order",
          "orderId": 31,
          "stockAfter": 19,
          "at": "2025-03-03T05:57:06.946688+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 31,
          "stockAfter": 119,
          "at": "2025-03-03T05:57:06.946688+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}