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
          "customerId": 32,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 6,
              "unitPrice": 8.99
            },
            {
              "productId": 17,
              "sku": "HOM-004",
              "qty": 1,
              "unitPrice": 13.2
            }
          ],
          "total": 67.14,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-30T08:27:46.244880+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "4648f4bf-62e0-4e04-b3e6-651c8447c70e",
        "chainParentSerial": "b23c84d0-7048-4aa5-9ee0-2065a8d32ee9",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-32",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Nora Turner",
          "email": "nora.turner83@example.org",
          "createdAt": "2024-08-07T10:48:55+00:00",
          "updatedAt": "2024-08-07T10:48:55+00:00",
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
              "timestamp": "2025-03-30T08:27:46.244880+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T08:27:46.389518+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-004 x6 HOM-004 x1",
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
        "stock": 100
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
        "stock": 36
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 17,
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
          "productId": 3,
          "delta": -6,
          "reason": "order",
          "orderId": 226,
          "stockAfter": 100,
          "at": "2025-03-30T08:27:46.244880+00:00"
        },
        {
          "id": -1,
          "productId": 17,
          "delta": -1,
          "reason": "order",
          "orderId": 226,
          "stockAfter": 36,
          "at": "2025-03-30T08:27:46.244880+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}