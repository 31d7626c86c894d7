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
          "customerId": 16,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            }
          ],
          "total": 21.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-16T12:59:31.747556+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b5bb1888-f813-47e2-aad1-ace99d43d3ad",
        "chainParentSerial": "dfda0a79-ff76-459c-b58e-edc13a4fcc47",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-16",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 大輝",
          "email": "daiki.yoshida@mail.example.ne.jp",
          "createdAt": "2024-07-04T14:58:08+00:00",
          "updatedAt": "2024-07-04T14:58:08+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-7b9fe6"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T12:59:31.747556+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T12:59:31.907552+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-001 x1",
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
        "stock": 45
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
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 126,
          "stockAfter": 45,
          "at": "2025-03-16T12:59:31.747556+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}