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
          "customerId": 68,
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
          "createdAt": "2025-04-02T14:35:34.950478+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9320c609-055c-4eff-94d8-5385e3d6907f",
        "chainParentSerial": "c0a5f771-30f6-4f6e-a645-3b1856d7d1f6",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-68",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Sophia Ward",
          "email": "sophia.ward@example.net",
          "createdAt": "2025-03-16T12:02:02.449284+00:00",
          "updatedAt": "2025-03-16T12:02:02.449284+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-299d63"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T14:35:34.950478+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T14:35:35.106975+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "5bd55da976f05ed3"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T14:35:35.145914+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-001 x1",
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
          "orderId": 245,
          "stockAfter": 79,
          "at": "2025-04-02T14:35:34.950478+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}