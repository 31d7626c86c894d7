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
          "customerId": 46,
          "items": [
            {
              "productId": 25,
              "sku": "TEA-004",
              "qty": 1,
              "unitPrice": 9.6
            }
          ],
          "total": 9.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-26T04:29:17.994066+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b574a8e7-5b32-41eb-af1e-5cad7ac74266",
        "chainParentSerial": "82d081e8-e144-428a-b371-466d79f837c7",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-46",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Zoe Bennett",
          "email": "zoe.bennett98@example.org",
          "createdAt": "2025-03-06T02:48:56.154479+00:00",
          "updatedAt": "2025-03-06T02:48:56.154479+00:00",
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
              "timestamp": "2025-03-26T04:29:17.994066+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-26T04:29:18.016519+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-004 x1",
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
        "stock": 43
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 25,
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
          "productId": 25,
          "delta": -1,
          "reason": "order",
          "orderId": 192,
          "stockAfter": 43,
          "at": "2025-03-26T04:29:17.994066+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}