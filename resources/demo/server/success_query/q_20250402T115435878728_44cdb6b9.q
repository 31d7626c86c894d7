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
          "customerId": 6,
          "items": [
            {
              "productId": 19,
              "sku": "OUT-001",
              "qty": 2,
              "unitPrice": 34.0
            }
          ],
          "total": 68.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T11:54:35.750315+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "fdd2eecb-f5c4-4955-a43f-2afef118540c",
        "chainParentSerial": "58cd365e-d17d-417c-9c3e-743516643224",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-6",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "佐藤 真央",
          "email": "mao.sato28@example.co.jp",
          "createdAt": "2024-12-30T21:25:53+00:00",
          "updatedAt": "2024-12-30T21:25:53+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-805a62"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T11:54:35.750315+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T11:54:35.836192+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-001 x2",
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
        "stock": 12
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
          "productId": 19,
          "delta": -2,
          "reason": "order",
          "orderId": 243,
          "stockAfter": 12,
          "at": "2025-04-02T11:54:35.750315+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}