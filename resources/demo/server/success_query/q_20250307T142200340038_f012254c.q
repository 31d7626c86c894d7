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
          "customerId": 2,
          "items": [
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 2,
              "unitPrice": 19.8
            }
          ],
          "total": 39.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-07T14:22:00.274348+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "c3c18a37-4e0c-4889-baa7-fa3d703472c2",
        "chainParentSerial": "1ad70303-9a35-40cf-80e4-c15c37dfbaf0",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-2",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Taylor",
          "email": "lucas.taylor@example.com",
          "createdAt": "2024-12-25T06:37:14+00:00",
          "updatedAt": "2024-12-25T06:37:14+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-718596"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T14:22:00.274348+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -40
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T14:22:00.310333+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-003 x2",
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
        "stock": 59
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
          "productId": 16,
          "delta": -2,
          "reason": "order",
          "orderId": 63,
          "stockAfter": 59,
          "at": "2025-03-07T14:22:00.274348+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}