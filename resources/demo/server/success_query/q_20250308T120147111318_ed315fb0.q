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
          "customerId": 10,
          "items": [
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 2,
              "unitPrice": 89.0
            },
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 187.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-08T12:01:47.016416+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9eaccd90-971e-49f8-9ef4-a380dfea5a1b",
        "chainParentSerial": "da99fea0-c1b4-4663-a7fa-fe29af88f58a",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-10",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Nora Hughes",
          "email": "nora.hughes19@example.net",
          "createdAt": "2024-12-06T21:40:14+00:00",
          "updatedAt": "2024-12-06T21:40:14+00:00",
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
              "timestamp": "2025-03-08T12:01:47.016416+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-08T12:01:47.080718+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-005 x2 KIT-004 x1",
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
        "stock": 11
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
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
        "stock": 116
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
          "productId": 4,
          "delta": -2,
          "reason": "order",
          "orderId": 65,
          "stockAfter": 11,
          "at": "2025-03-08T12:01:47.016416+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 65,
          "stockAfter": 116,
          "at": "2025-03-08T12:01:47.016416+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}