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
          "customerId": 26,
          "items": [
            {
              "productId": 14,
              "sku": "HOM-001",
              "qty": 1,
              "unitPrice": 55.0
            },
            {
              "productId": 21,
              "sku": "OUT-003",
              "qty": 2,
              "unitPrice": 9.5
            }
          ],
          "total": 74.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T10:24:16.667425+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "66a72985-ee30-400f-8d79-5ce6a79d4f86",
        "chainParentSerial": "de102492-5ae6-459a-ba7e-cf6b8d0ea64b",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-26",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 蓮",
          "email": "ren.suzuki66@example.jp",
          "createdAt": "2024-09-23T23:15:58+00:00",
          "updatedAt": "2024-09-23T23:15:58+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-20101a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T10:24:16.667425+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T10:24:16.808026+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-001 x1 OUT-003 x2",
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
        "stock": 56
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 14,
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
        "stock": 82
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 21,
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
          "productId": 14,
          "delta": -1,
          "reason": "order",
          "orderId": 44,
          "stockAfter": 56,
          "at": "2025-03-05T10:24:16.667425+00:00"
        },
        {
          "id": -1,
          "productId": 21,
          "delta": -2,
          "reason": "order",
          "orderId": 44,
          "stockAfter": 82,
          "at": "2025-03-05T10:24:16.667425+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}