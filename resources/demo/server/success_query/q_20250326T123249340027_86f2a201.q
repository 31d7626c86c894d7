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
          "customerId": 94,
          "items": [
            {
              "productId": 24,
              "sku": "KIT-006",
              "qty": 1,
              "unitPrice": 74.0
            }
          ],
          "total": 74.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-26T12:32:49.178262+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3db68e06-c357-4866-ace5-b21c3b15cbb4",
        "chainParentSerial": "00341d21-36bb-4d00-ad43-0c17099d94d3",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-94",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ava Johnson",
          "email": "ava.johnson@example.net",
          "createdAt": "2025-03-26T12:31:02.340291+00:00",
          "updatedAt": "2025-03-26T12:31:02.340291+00:00",
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
              "timestamp": "2025-03-26T12:32:49.178262+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-26T12:32:49.282477+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-006 x1",
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
            "value": 24,
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
          "productId": 24,
          "delta": -1,
          "reason": "order",
          "orderId": 195,
          "stockAfter": 43,
          "at": "2025-03-26T12:32:49.178262+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}