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
          "customerId": 64,
          "items": [
            {
              "productId": 10,
              "sku": "STA-001",
              "qty": 1,
              "unitPrice": 14.0
            }
          ],
          "total": 14.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-18T05:08:53.722418+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "1c4c9198-3be3-453d-9f45-147fad741d5e",
        "chainParentSerial": "d6e4a24f-a89d-4fa3-866f-90a968e7dfc1",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-64",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "高橋 直樹",
          "email": "naoki.takahashi@example.jp",
          "createdAt": "2025-03-13T13:34:37.975232+00:00",
          "updatedAt": "2025-03-13T13:34:37.975232+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-caa78d"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T05:08:53.722418+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T05:08:53.831314+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-001 x1",
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
        "stock": 94
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 10,
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
          "productId": 10,
          "delta": -1,
          "reason": "order",
          "orderId": 133,
          "stockAfter": 94,
          "at": "2025-03-18T05:08:53.722418+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}