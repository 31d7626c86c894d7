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
              "productId": 9,
              "sku": "FOD-002",
              "qty": 2,
              "unitPrice": 16.9
            },
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 1,
              "unitPrice": 22.05
            }
          ],
          "total": 55.85,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T13:21:36.841211+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9b1fe496-7ce4-4664-8564-2132fc625a5a",
        "chainParentSerial": null,
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
              "timestamp": "2025-03-28T13:21:36.841211+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T13:21:36.988603+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: FOD-002 x2 KIT-001 x1",
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
        "stock": 30
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 9,
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
        "stock": 20
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
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
          "productId": 9,
          "delta": -2,
          "reason": "order",
          "orderId": 209,
          "stockAfter": 30,
          "at": "2025-03-28T13:21:36.841211+00:00"
        },
        {
          "id": -1,
          "productId": 0,
          "delta": -1,
          "reason": "order",
          "orderId": 209,
          "stockAfter": 20,
          "at": "2025-03-28T13:21:36.841211+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}