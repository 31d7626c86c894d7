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
          "customerId": 47,
          "items": [
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 12.75
            }
          ],
          "total": 12.75,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-10T08:03:51.161559+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d1c900d6-d7d0-4d06-85d3-4a734be42285",
        "chainParentSerial": "6c28536f-944e-4a2a-9afe-23f8ea184735",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-47",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 蓮",
          "email": "ren.watanabe12@example.jp",
          "createdAt": "2025-03-06T04:16:29.576450+00:00",
          "updatedAt": "2025-03-06T04:16:29.576450+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-58cf6e"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T08:03:51.161559+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T08:03:51.323907+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-002 x1",
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
        "stock": 75
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 6,
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
          "productId": 6,
          "delta": -1,
          "reason": "order",
          "orderId": 77,
          "stockAfter": 75,
          "at": "2025-03-10T08:03:51.161559+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}