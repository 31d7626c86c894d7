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
          "customerId": 90,
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
          "createdAt": "2025-04-01T06:57:44.791108+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "63725eaa-8e21-4646-ac24-c0b05129fc36",
        "chainParentSerial": null,
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-90",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Emily Baker",
          "email": "emily.baker@example.com",
          "createdAt": "2025-03-24T11:20:06.143471+00:00",
          "updatedAt": "2025-03-24T11:20:06.143471+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-f04d87"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T06:57:44.791108+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -18
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T06:57:44.906763+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-004 x1",
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
        "stock": 33
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
          "orderId": 236,
          "stockAfter": 33,
          "at": "2025-04-01T06:57:44.791108+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}