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
              "qty": 1,
              "unitPrice": 89.0
            },
            {
              "productId": 2,
              "sku": "KIT-003",
              "qty": 2,
              "unitPrice": 58.9
            }
          ],
          "total": 206.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-15T02:11:30.000103+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ada7e773-c520-49da-8337-8390bec8956c",
        "chainParentSerial": "8e86c69d-aeb1-46da-be92-4fe4634e0754",
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
              "timestamp": "2025-03-15T02:11:30.000103+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T02:11:30.159350+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-005 x1 KIT-003 x2",
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
        "stock": 10
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
        "stock": 7
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 2,
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 113,
          "stockAfter": 10,
          "at": "2025-03-15T02:11:30.000103+00:00"
        },
        {
          "id": -1,
          "productId": 2,
          "delta": -2,
          "reason": "order",
          "orderId": 113,
          "stockAfter": 7,
          "at": "2025-03-15T02:11:30.000103+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}