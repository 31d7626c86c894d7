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
              "productId": 26,
              "sku": "STA-005",
              "qty": 1,
              "unitPrice": 22.0
            }
          ],
          "total": 22.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-09T02:24:07.793733+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "953d0f28-8bc6-406e-9392-f9cce54d6ac1",
        "chainParentSerial": "268a7597-56e6-4c3d-a837-18e89058d91d",
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
              "timestamp": "2025-03-09T02:24:07.793733+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T02:24:07.911621+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-005 x1",
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
        "stock": 29
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 26,
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
          "productId": 26,
          "delta": -1,
          "reason": "order",
          "orderId": 68,
          "stockAfter": 29,
          "at": "2025-03-09T02:24:07.793733+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}