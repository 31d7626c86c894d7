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
          "customerId": 119,
          "items": [
            {
              "productId": 8,
              "sku": "FOD-001",
              "qty": 1,
              "unitPrice": 7.25
            }
          ],
          "total": 7.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-04T13:42:01.144490+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "37decb16-3c2c-4030-b2a8-6484dd43106e",
        "chainParentSerial": "57ff3d50-5fe7-4eed-b1ab-4e268b2e3ad9",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-119",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "加藤 さくら",
          "email": "sakura.kato@mail.example.ne.jp",
          "createdAt": "2025-04-04T13:39:03.695881+00:00",
          "updatedAt": "2025-04-04T13:39:03.695881+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-58820b"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T13:42:01.144490+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T13:42:01.234437+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-001 x1",
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
        "stock": 59
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 8,
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
          "productId": 8,
          "delta": -1,
          "reason": "order",
          "orderId": 260,
          "stockAfter": 59,
          "at": "2025-04-04T13:42:01.144490+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}