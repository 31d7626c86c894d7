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
          "customerId": 24,
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
          "createdAt": "2025-03-14T14:04:57.224385+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b27ab8a7-1246-42da-974c-d6bce403f41b",
        "chainParentSerial": "2e0f8d8f-222b-4459-b3dd-fbe03d34a2d8",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-24",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "松本 悠真",
          "email": "yuma.matsumoto@mail.example.ne.jp",
          "createdAt": "2025-01-11T03:43:06+00:00",
          "updatedAt": "2025-01-11T03:43:06+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-853cab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T14:04:57.224385+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T14:04:57.359171+00:00",
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
        "stock": 95
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
          "orderId": 112,
          "stockAfter": 95,
          "at": "2025-03-14T14:04:57.224385+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}