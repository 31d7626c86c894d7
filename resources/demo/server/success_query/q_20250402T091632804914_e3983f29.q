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
          "customerId": 26,
          "items": [
            {
              "productId": 30,
              "sku": "KIT-007",
              "qty": 1,
              "unitPrice": 32.0
            }
          ],
          "total": 32.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T09:16:32.723154+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "99d68249-f501-459c-bbde-ecb8aeeb6892",
        "chainParentSerial": "ae179d8f-9919-4471-9de5-3ff153d98ddc",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-26",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 蓮",
          "email": "ren.suzuki66@example.jp",
          "createdAt": "2024-09-23T23:15:58+00:00",
          "updatedAt": "2024-09-23T23:15:58+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-20101a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T09:16:32.723154+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T09:16:32.763561+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-007 x1",
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
        "stock": 15
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
          "productId": 30,
          "delta": -1,
          "reason": "order",
          "orderId": 241,
          "stockAfter": 15,
          "at": "2025-04-02T09:16:32.723154+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}