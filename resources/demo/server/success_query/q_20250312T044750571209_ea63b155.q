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
              "productId": 21,
              "sku": "OUT-003",
              "qty": 3,
              "unitPrice": 9.03
            }
          ],
          "total": 27.09,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T04:47:50.369349+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "664bf067-ba3e-4ce3-a444-ec6976e9629d",
        "chainParentSerial": "79a346ba-0f59-4806-851d-9522ee9c475c",
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
              "timestamp": "2025-03-12T04:47:50.369349+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T04:47:50.541133+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-003 x3",
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
        "stock": 81
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 21,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 3,
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
          "productId": 21,
          "delta": -3,
          "reason": "order",
          "orderId": 90,
          "stockAfter": 81,
          "at": "2025-03-12T04:47:50.369349+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}