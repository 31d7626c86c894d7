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
              "productId": 27,
              "sku": "KIT-LTD1",
              "qty": 2,
              "unitPrice": 120.0
            }
          ],
          "total": 240.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-15T03:06:06.512458+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "fc9cc71c-e15c-4ab1-b3f5-180e18bedc1d",
        "chainParentSerial": "60579599-d947-4515-8f8c-326b4cf05e14",
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
              "timestamp": "2025-03-15T03:06:06.512458+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T03:06:06.632877+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-LTD1 x2",
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
        "stock": 1
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
          "productId": 27,
          "delta": -2,
          "reason": "order",
          "orderId": 116,
          "stockAfter": 1,
          "at": "2025-03-15T03:06:06.512458+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}