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
          "customerId": 23,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 10.35
            }
          ],
          "total": 10.35,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T13:18:49.709273+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "a1219b17-38d1-4680-b955-9d95c7496b66",
        "chainParentSerial": "96e6587a-cb0b-44f3-95df-40e6abc92cd8",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-23",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Sophia Hill",
          "email": "sophia.hill@example.com",
          "createdAt": "2024-08-19T01:27:32+00:00",
          "updatedAt": "2024-08-19T01:27:32+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-1ecfbb"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T13:18:49.709273+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T13:18:49.748506+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "19367ac78d709d02"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T13:18:49.881744+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-003 x1",
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
        "stock": 139
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
          "orderId": 185,
          "stockAfter": 139,
          "at": "2025-03-24T13:18:49.709273+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}