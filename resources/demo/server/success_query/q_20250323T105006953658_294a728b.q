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
          "customerId": 73,
          "items": [
            {
              "productId": 22,
              "sku": "TOY-001",
              "qty": 2,
              "unitPrice": 16.0
            },
            {
              "productId": 14,
              "sku": "HOM-001",
              "qty": 1,
              "unitPrice": 55.0
            },
            {
              "productId": 30,
              "sku": "KIT-007",
              "qty": 1,
              "unitPrice": 32.0
            }
          ],
          "total": 119.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-23T10:50:06.808258+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "906d5b4c-77f2-4f62-8bec-0193d99905ac",
        "chainParentSerial": "71b999ba-6e59-4dfe-a5b9-4800adcd1e7b",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-73",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Foster",
          "email": "lucas.foster@example.com",
          "createdAt": "2025-03-18T21:41:15.208133+00:00",
          "updatedAt": "2025-03-18T21:41:15.208133+00:00",
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
              "timestamp": "2025-03-23T10:50:06.808258+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T10:50:06.927811+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-001 x2 HOM-001 x1 KIT-007 x1",
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
        "stock": 9
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 49
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 14,
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
        "stock": 19
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 30,
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
          "delta": -2,
          "reason": "order",
          "orderId": 173,
          "stockAfter": 9,
          "at": "2025-03-23T10:50:06.808258+00:00"
        },
        {
          "id": -1,
          "productId": 14,
          "delta": -1,
          "reason": "order",
          "orderId": 173,
          "stockAfter": 49,
          "at": "2025-03-23T10:50:06.808258+00:00"
        },
        {
          "id": -1,
          "productId": 30,
          "delta": -1,
          "reason": "order",
          "orderId": 173,
          "stockAfter": 19,
          "at": "2025-03-23T10:50:06.808258+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}