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
              "productId": 2,
              "sku": "KIT-003",
              "qty": 2,
              "unitPrice": 58.9
            }
          ],
          "total": 117.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-03T03:32:13.714198+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "8202b90c-d7cd-4fea-933b-59c5b67b15b4",
        "chainParentSerial": "86309eac-ccb8-4589-8a8a-d44afd6d6469",
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
              "timestamp": "2025-04-03T03:32:13.714198+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T03:32:13.852459+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-003 x2",
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
        "stock": 50
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
          "productId": 2,
          "delta": -2,
          "reason": "order",
          "orderId": 250,
          "stockAfter": 50,
          "at": "2025-04-03T03:32:13.714198+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}