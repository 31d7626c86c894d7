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
          "customerId": 50,
          "items": [
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 1,
              "unitPrice": 44.71
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 31.32
            },
            {
              "productId": 8,
              "sku": "FOD-001",
              "qty": 1,
              "unitPrice": 7.25
            }
          ],
          "total": 83.28,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-04T02:34:21.027562+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "fa22710f-1023-4076-96aa-5bfca9be8a26",
        "chainParentSerial": "5cb4a10d-d508-4e26-9d45-9fcd2f8dc26f",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-50",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Sophia Nelson",
          "email": "sophia.nelson71@example.org",
          "createdAt": "2025-03-09T04:37:35.511603+00:00",
          "updatedAt": "2025-03-09T04:37:35.511603+00:00",
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
              "timestamp": "2025-04-04T02:34:21.027562+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T02:34:21.071711+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-002 x1 OUT-002 x1 FOD-001 x1",
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
        "stock": 40
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
        "stock": 8
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 60
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 8,
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
          "productId": 15,
          "delta": -1,
          "reason": "order",
          "orderId": 256,
          "stockAfter": 40,
          "at": "2025-04-04T02:34:21.027562+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 256,
          "stockAfter": 8,
          "at": "2025-04-04T02:34:21.027562+00:00"
        },
        {
          "id": -1,
          "productId": 8,
          "delta": -1,
          "reason": "order",
          "orderId": 256,
          "stockAfter": 60,
          "at": "2025-04-04T02:34:21.027562+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}