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
          "customerId": 71,
          "items": [
            {
              "productId": 30,
              "sku": "KIT-007",
              "qty": 1,
              "unitPrice": 32.0
            }
          ],
          "total": 32.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-30T01:02:07.381171+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "07196867-97dd-4403-ada6-aa6ce540c8d1",
        "chainParentSerial": "f7b04ed1-642c-4c36-abdd-36ab97758ee2",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-71",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Daniel Murphy",
          "email": "daniel.murphy19@example.org",
          "createdAt": "2025-03-18T00:56:52.152861+00:00",
          "updatedAt": "2025-03-18T00:56:52.152861+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-a8e3ab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T01:02:07.381171+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -7
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T01:02:07.460230+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: KIT-007 x1",
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
        "stock": 18
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 30,
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
          "productId": 30,
          "delta": -1,
          "reason": "order",
          "orderId": 222,
          "stockAfter": 18,
          "at": "2025-03-30T01:02:07.381171+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}