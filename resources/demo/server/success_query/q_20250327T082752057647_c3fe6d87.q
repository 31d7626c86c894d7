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
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            },
            {
              "productId": 24,
              "sku": "KIT-006",
              "qty": 2,
              "unitPrice": 74.0
            }
          ],
          "total": 169.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-27T08:27:51.952455+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "61033ea7-6804-4325-ad11-ff9bad509035",
        "chainParentSerial": "f7bb0bfa-c06c-487f-9619-a14a5807db6c",
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
              "timestamp": "2025-03-27T08:27:51.952455+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -18
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T08:27:52.041083+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-001 x1 KIT-006 x2",
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
        "stock": 36
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 40
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
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 199,
          "stockAfter": 36,
          "at": "2025-03-27T08:27:51.952455+00:00"
        },
        {
          "id": -1,
          "productId": 24,
          "delta": -2,
          "reason": "order",
          "orderId": 199,
          "stockAfter": 40,
          "at": "2025-03-27T08:27:51.952455+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}