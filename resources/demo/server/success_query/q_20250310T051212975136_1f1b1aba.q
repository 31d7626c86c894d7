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
          "customerId": 5,
          "items": [
            {
              "productId": 7,
              "sku": "TEA-003",
              "qty": 1,
              "unitPrice": 8.4
            }
          ],
          "total": 8.4,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-10T05:12:12.761600+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "683e3f80-9b18-4d93-932c-19bf82d44582",
        "chainParentSerial": "a48f3eb7-4108-434a-a26e-04e5aa437ae5",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-5",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Johnson",
          "email": "lucas.johnson24@example.org",
          "createdAt": "2024-11-16T14:57:55+00:00",
          "updatedAt": "2024-11-16T14:57:55+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-cbc2de"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T05:12:12.761600+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T05:12:12.839487+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "606a4f9206683774"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T05:12:12.947775+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-003 x1",
        "why": "Checkout from cart",
        "from": "iOS app",
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
        "stock": 89
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 7,
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
          "productId": 7,
          "delta": -1,
          "reason": "order",
          "orderId": 76,
          "stockAfter": 89,
          "at": "2025-03-10T05:12:12.761600+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}