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
              "productId": 19,
              "sku": "OUT-001",
              "qty": 1,
              "unitPrice": 34.0
            }
          ],
          "total": 34.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-08T08:39:07.639599+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "1dacd461-7622-4822-8772-c6f3ff9c5847",
        "chainParentSerial": "def8cabe-3868-40b5-b702-c582f13b3548",
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
              "timestamp": "2025-03-08T08:39:07.639599+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-08T08:39:07.675679+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-001 x1",
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
        "stock": 19
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
          "productId": 19,
          "delta": -1,
          "reason": "order",
          "orderId": 64,
          "stockAfter": 19,
          "at": "2025-03-08T08:39:07.639599+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}