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
          "customerId": 106,
          "items": [
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            }
          ],
          "total": 19.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-31T12:36:32.914679+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "66511ee3-9658-4695-8fce-4ba72d76450c",
        "chainParentSerial": "9e598a3a-8493-4659-9d7a-90bdf2278555",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-106",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Adam Walker",
          "email": "adam.walker77@example.com",
          "createdAt": "2025-03-30T07:19:33.541276+00:00",
          "updatedAt": "2025-03-30T07:19:33.541276+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-9a5a96"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T12:36:32.914679+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -31
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T12:36:33.055889+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-003 x1",
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
        "stock": 52
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
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 232,
          "stockAfter": 52,
          "at": "2025-03-31T12:36:32.914679+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}