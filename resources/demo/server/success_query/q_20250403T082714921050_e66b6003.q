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
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 8.99
            }
          ],
          "total": 8.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-03T08:27:14.731014+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "f0837d91-d70d-4548-8bce-877024cb479b",
        "chainParentSerial": "03480701-ef03-45e4-aa0e-71ea76b083f6",
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
              "timestamp": "2025-04-03T08:27:14.731014+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T08:27:14.875376+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-004 x1",
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
        "stock": 98
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 253,
          "stockAfter": 98,
          "at": "2025-04-03T08:27:14.731014+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}