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
              "productId": 19,
              "sku": "OUT-001",
              "qty": 6,
              "unitPrice": 34.0
            }
          ],
          "total": 204.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T06:01:42.035938+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "467d416c-f505-4233-bf3b-5ba227a2fab9",
        "chainParentSerial": "63e048b0-7c09-49c4-8ce3-8645efcbcd35",
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
              "timestamp": "2025-03-05T06:01:42.035938+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T06:01:42.051440+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-001 x6",
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
        "stock": 16
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
            "value": 6,
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
          "delta": -6,
          "reason": "order",
          "orderId": 42,
          "stockAfter": 16,
          "at": "2025-03-05T06:01:42.035938+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}