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
          "customerId": 60,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 9.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T03:12:14.362116+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "407000c9-aa29-4cf1-a1df-489763eb76ce",
        "chainParentSerial": "12190620-c236-499e-abbf-4a9ccea3c93f",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-60",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ethan Brown",
          "email": "ethan.brown32@example.net",
          "createdAt": "2025-03-12T03:09:59.998757+00:00",
          "updatedAt": "2025-03-12T03:09:59.998757+00:00",
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
              "timestamp": "2025-03-12T03:12:14.362116+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T03:12:14.427834+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-004 x1",
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
        "stock": 117
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
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 88,
          "stockAfter": 117,
          "at": "2025-03-12T03:12:14.362116+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}