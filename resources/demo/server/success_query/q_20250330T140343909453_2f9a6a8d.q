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
          "customerId": 91,
          "items": [
            {
              "productId": 10,
              "sku": "STA-001",
              "qty": 1,
              "unitPrice": 14.7
            }
          ],
          "total": 14.7,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-30T14:03:43.822225+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "a53e420a-1b12-46fc-b6fb-b4b24ce42ba7",
        "chainParentSerial": "2e08f071-8ba6-4676-b677-6f47b2c8be04",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-91",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Emily Bennett",
          "email": "emily.bennett@example.org",
          "createdAt": "2025-03-24T23:21:42.546221+00:00",
          "updatedAt": "2025-03-24T23:21:42.546221+00:00",
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
              "timestamp": "2025-03-30T14:03:43.822225+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T14:03:43.883725+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-001 x1",
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
            "value": 10,
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
          "productId": 10,
          "delta": -1,
          "reason": "order",
          "orderId": 229,
          "stockAfter": 79,
          "at": "2025-03-30T14:03:43.822225+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}