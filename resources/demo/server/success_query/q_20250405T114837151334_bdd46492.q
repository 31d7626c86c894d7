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
              "productId": 23,
              "sku": "TOY-002",
              "qty": 2,
              "unitPrice": 10.25
            }
          ],
          "total": 20.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-05T11:48:37.071161+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "995cb168-5d1f-4233-9bd5-e4e929ea381c",
        "chainParentSerial": "2ff13623-e3d3-4bdf-a5cf-ded157371391",
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
              "timestamp": "2025-04-05T11:48:37.071161+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T11:48:37.102704+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-002 x2",
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
        "stock": 79
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 23,
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
          "productId": 23,
          "delta": -2,
          "reason": "order",
          "orderId": 265,
          "stockAfter": 79,
          "at": "2025-04-05T11:48:37.071161+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}