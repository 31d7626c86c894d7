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
          "customerId": 6,
          "items": [
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            }
          ],
          "total": 19.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T10:54:18.674112+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "bd9c5a6a-5258-4aed-a589-482c9a04806f",
        "chainParentSerial": "43a535d1-34c5-4b19-b4ee-28165fb0e802",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-6",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "佐藤 真央",
          "email": "mao.sato28@example.co.jp",
          "createdAt": "2024-12-30T21:25:53+00:00",
          "updatedAt": "2024-12-30T21:25:53+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-805a62"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T10:54:18.674112+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T10:54:18.806504+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-003 x1",
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
        "stock": 61
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 45,
          "stockAfter": 61,
          "at": "2025-03-05T10:54:18.674112+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}