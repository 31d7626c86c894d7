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
          "customerId": 40,
          "items": [
            {
              "productId": 18,
              "sku": "HOM-005",
              "qty": 1,
              "unitPrice": 15.5
            }
          ],
          "total": 15.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T21:03:18.092062+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "7c2f0436-f938-4e08-8044-09865e6e54fb",
        "chainParentSerial": "5c63f5b5-d5bc-4b5c-b4df-c57b96f13349",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-40",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Olivia Parker",
          "email": "olivia.parker31@example.com",
          "createdAt": "2025-03-03T05:55:54.336534+00:00",
          "updatedAt": "2025-03-03T05:55:54.336534+00:00",
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
              "timestamp": "2025-04-02T21:03:18.092062+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T21:03:18.223392+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-005 x1",
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
        "stock": 32
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 18,
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
          "productId": 18,
          "delta": -1,
          "reason": "order",
          "orderId": 247,
          "stockAfter": 32,
          "at": "2025-04-02T21:03:18.092062+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}