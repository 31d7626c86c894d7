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
          "customerId": 14,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 9.32
            },
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            }
          ],
          "total": 30.32,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-01T05:16:13.207393+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "4e43d915-4a21-4b8f-aeb6-d3bda12f2903",
        "chainParentSerial": "7459fdf2-7d9f-4e1f-9f21-4a8d3e0c62d4",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-14",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "高橋 健太",
          "email": "kenta.takahashi75@mail.example.ne.jp",
          "createdAt": "2024-06-17T00:16:20+00:00",
          "updatedAt": "2024-06-17T00:16:20+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-22de93"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T05:16:13.207393+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T05:16:13.304071+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-003 x1 TEA-001 x1",
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
        "stock": 134
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 35
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 234,
          "stockAfter": 134,
          "at": "2025-04-01T05:16:13.207393+00:00"
        },
        {
          "id": -1,
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 234,
          "stockAfter": 35,
          "at": "2025-04-01T05:16:13.207393+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}