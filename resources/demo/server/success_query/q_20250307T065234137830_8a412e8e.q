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
              "productId": 23,
              "sku": "TOY-002",
              "qty": 1,
              "unitPrice": 10.25
            }
          ],
          "total": 10.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-07T06:52:34.032831+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "6a2d6874-a92a-4acc-a1a9-bfd008e932d7",
        "chainParentSerial": "deb20ad8-121a-4b6b-94c1-f4ccdf90d90c",
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
              "timestamp": "2025-03-07T06:52:34.032831+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T06:52:34.104237+00:00",
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
        "stock": 92
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
          "orderId": 57,
          "stockAfter": 92,
          "at": "2025-03-07T06:52:34.032831+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}