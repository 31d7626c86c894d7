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
          "customerId": 30,
          "items": [
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 2,
              "unitPrice": 41.4
            }
          ],
          "total": 82.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-16T08:30:22.818383+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5b69205e-1b40-4d3e-88d0-6cb007586308",
        "chainParentSerial": "29eabe9e-cebb-41c6-8993-3fc0a202e6bd",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-30",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Liam Green",
          "email": "liam.green@example.net",
          "createdAt": "2024-11-30T16:38:59+00:00",
          "updatedAt": "2024-11-30T16:38:59+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-b8f05f"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T08:30:22.818383+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": 36
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T08:30:22.912080+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-002 x2",
        "why": "Checkout from cart",
        "from": "Android app",
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
        "stock": 9
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 15,
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
          "productId": 15,
          "delta": -2,
          "reason": "order",
          "orderId": 121,
          "stockAfter": 9,
          "at": "2025-03-16T08:30:22.818383+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}