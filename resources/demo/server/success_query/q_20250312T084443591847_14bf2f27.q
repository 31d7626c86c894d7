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
              "productId": 5,
              "sku": "TEA-001",
              "qty": 2,
              "unitPrice": 21.0
            }
          ],
          "total": 42.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T08:44:43.448819+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ff1554f9-2d1e-483a-8ebe-779d09c5d9c7",
        "chainParentSerial": "53c3d593-b11b-43df-8fd9-9dc8db5c9729",
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
              "timestamp": "2025-03-12T08:44:43.448819+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T08:44:43.554522+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-001 x2",
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
        "stock": 47
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
          "productId": 5,
          "delta": -2,
          "reason": "order",
          "orderId": 91,
          "stockAfter": 47,
          "at": "2025-03-12T08:44:43.448819+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}