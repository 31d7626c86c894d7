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
          "customerId": 24,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            },
            {
              "productId": 19,
              "sku": "OUT-001",
              "qty": 1,
              "unitPrice": 34.0
            }
          ],
          "total": 43.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T14:00:08.976047+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "8e2f4d4d-3ab7-4866-acd8-ec89f74ed1c7",
        "chainParentSerial": "aebf27b9-c0f3-40a8-b7ec-365f1fe4a07d",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-24",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "松本 悠真",
          "email": "yuma.matsumoto@mail.example.ne.jp",
          "createdAt": "2025-01-11T03:43:06+00:00",
          "updatedAt": "2025-01-11T03:43:06+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-853cab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T14:00:08.976047+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T14:00:09.094107+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-004 x1 OUT-001 x1",
        "why": "カートから購入手続き",
        "from": "iOSアプリ",
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
        "stock": 118
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
        "stock": 15
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 19,
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
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 49,
          "stockAfter": 118,
          "at": "2025-03-05T14:00:08.976047+00:00"
        },
        {
          "id": -1,
          "productId": 19,
          "delta": -1,
          "reason": "order",
          "orderId": 49,
          "stockAfter": 15,
          "at": "2025-03-05T14:00:08.976047+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}