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
          "customerId": 33,
          "items": [
            {
              "productId": 10,
              "sku": "STA-001",
              "qty": 1,
              "unitPrice": 14.0
            }
          ],
          "total": 14.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T09:39:29.335146+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ff33ef6a-64a4-4a48-a3b0-dea837957b44",
        "chainParentSerial": "9ad4e65d-a769-4a36-a624-b76129fda2dc",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-33",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 葵",
          "email": "aoi.suzuki@mail.example.ne.jp",
          "createdAt": "2024-12-29T18:03:20+00:00",
          "updatedAt": "2024-12-29T18:03:20+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-494aa5"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T09:39:29.335146+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T09:39:29.421217+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-001 x1",
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
        "stock": 98
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
          "orderId": 92,
          "stockAfter": 98,
          "at": "2025-03-12T09:39:29.335146+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}