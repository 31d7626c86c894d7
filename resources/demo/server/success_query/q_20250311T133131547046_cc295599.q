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
          "customerId": 51,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 11.5
            }
          ],
          "total": 11.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-11T13:31:31.456579+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "db1a05ce-a86b-4309-9e0b-b94bc5390c4d",
        "chainParentSerial": "3463a9b0-0303-4a07-8c83-ef96384a4da6",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-51",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ryan Murphy",
          "email": "ryan.murphy77@example.org",
          "createdAt": "2025-03-09T06:57:17.096015+00:00",
          "updatedAt": "2025-03-09T06:57:17.096015+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-e52df9"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T13:31:31.456579+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -33
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T13:31:31.507238+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-003 x1",
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
        "stock": 148
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 12,
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
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 85,
          "stockAfter": 148,
          "at": "2025-03-11T13:31:31.456579+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}