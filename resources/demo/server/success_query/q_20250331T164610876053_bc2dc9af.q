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
              "productId": 30,
              "sku": "KIT-007",
              "qty": 2,
              "unitPrice": 32.0
            }
          ],
          "total": 64.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-31T16:46:10.663956+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "1896aab0-d52b-4259-a0d3-5e17dd5b6d1e",
        "chainParentSerial": "592a0d1a-a667-451a-8630-fcd1a153cc7b",
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
              "timestamp": "2025-03-31T16:46:10.663956+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-31T16:46:10.843855+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-007 x2",
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
        "stock": 16
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 30,
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
          "productId": 30,
          "delta": -2,
          "reason": "order",
          "orderId": 233,
          "stockAfter": 16,
          "at": "2025-03-31T16:46:10.663956+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}