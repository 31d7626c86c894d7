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
              "productId": 23,
              "sku": "TOY-002",
              "qty": 1,
              "unitPrice": 10.25
            }
          ],
          "total": 10.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-07T07:26:36.921468+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "2e16f64a-30b2-4987-a215-dc1df5d2eb76",
        "chainParentSerial": "ce696b7e-1669-4b18-9905-e5d20faa0ea4",
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
              "timestamp": "2025-03-07T07:26:36.921468+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T07:26:37.051783+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TOY-002 x1",
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
        "stock": 91
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 23,
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
          "productId": 23,
          "delta": -1,
          "reason": "order",
          "orderId": 58,
          "stockAfter": 91,
          "at": "2025-03-07T07:26:36.921468+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}