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
              "productId": 4,
              "sku": "KIT-005",
              "qty": 2,
              "unitPrice": 89.0
            }
          ],
          "total": 178.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-04T14:07:42.322931+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "37805537-2dca-446d-92f9-9b65d8d32a0b",
        "chainParentSerial": "1f170072-01ff-43c9-be44-5d2936dc7194",
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
              "timestamp": "2025-03-04T14:07:42.322931+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T14:07:42.485167+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-005 x2",
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
        "stock": 13
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
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
          "productId": 4,
          "delta": -2,
          "reason": "order",
          "orderId": 39,
          "stockAfter": 13,
          "at": "2025-03-04T14:07:42.322931+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}