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
          "customerId": 29,
          "items": [
            {
              "productId": 27,
              "sku": "KIT-LTD1",
              "qty": 1,
              "unitPrice": 120.0
            }
          ],
          "total": 120.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-15T03:03:12.660188+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "996c137a-a97b-4789-acc5-06f40ac05eca",
        "chainParentSerial": "60579599-d947-4515-8f8c-326b4cf05e14",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-29",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "田中 直樹",
          "email": "naoki.tanaka52@example.jp",
          "createdAt": "2024-11-04T13:24:24+00:00",
          "updatedAt": "2024-11-04T13:24:24+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-592cc2"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T03:03:12.660188+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T03:03:12.814743+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-LTD1 x1",
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
        "stock": 3
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 27,
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
          "productId": 27,
          "delta": -1,
          "reason": "order",
          "orderId": 115,
          "stockAfter": 3,
          "at": "2025-03-15T03:03:12.660188+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}