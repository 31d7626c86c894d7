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
              "productId": 17,
              "sku": "HOM-004",
              "qty": 1,
              "unitPrice": 13.2
            }
          ],
          "total": 13.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-11T04:31:27.947520+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d5ea76c5-a8b8-4cd9-b719-bcc17be94dd8",
        "chainParentSerial": "add68d00-5311-46d8-b205-abc2f400e720",
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
              "timestamp": "2025-03-11T04:31:27.947520+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-11T04:31:28.041917+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-004 x1",
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
        "stock": 52
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 17,
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
          "productId": 17,
          "delta": -1,
          "reason": "order",
          "orderId": 81,
          "stockAfter": 52,
          "at": "2025-03-11T04:31:27.947520+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}