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
          "customerId": 39,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 2,
              "unitPrice": 16.9
            }
          ],
          "total": 33.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-27T10:36:12.232865+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "657ea11e-70e3-4b12-aff3-46362e738bcf",
        "chainParentSerial": "ad91cff7-5c89-472a-81a7-22d476843a62",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-39",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Leah Hill",
          "email": "leah.hill@example.net",
          "createdAt": "2024-12-12T21:38:43+00:00",
          "updatedAt": "2024-12-12T21:38:43+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-18c49b"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T10:36:12.232865+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T10:36:12.377116+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "613ac96f5a731f11"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T10:36:12.528539+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: FOD-002 x2",
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
        "stock": 32
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 9,
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
          "productId": 9,
          "delta": -2,
          "reason": "order",
          "orderId": 200,
          "stockAfter": 32,
          "at": "2025-03-27T10:36:12.232865+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}