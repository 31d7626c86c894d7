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
              "productId": 14,
              "sku": "HOM-001",
              "qty": 1,
              "unitPrice": 55.0
            }
          ],
          "total": 55.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T12:46:27.484273+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3e12139e-01bf-4bdd-bdf0-d16efae246d5",
        "chainParentSerial": "1e1cfcfe-63d5-4cfb-9f1d-ef3684e9f758",
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
              "timestamp": "2025-03-12T12:46:27.484273+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T12:46:27.592916+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-001 x1",
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
        "stock": 55
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 14,
          "delta": -1,
          "reason": "order",
          "orderId": 95,
          "stockAfter": 55,
          "at": "2025-03-12T12:46:27.484273+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}