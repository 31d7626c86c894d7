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
          "customerId": 80,
          "items": [
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 9.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-22T20:01:15.004528+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "a647b504-e6bf-462d-942b-ac8e6dcb0865",
        "chainParentSerial": "474ff868-3556-4f61-8ed8-9d65167d1a9f",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-80",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 愛",
          "email": "ai.yoshida@example.co.jp",
          "createdAt": "2025-03-20T12:13:25.454357+00:00",
          "updatedAt": "2025-03-20T12:13:25.454357+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": []
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T20:01:15.004528+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T20:01:15.090982+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-004 x1",
        "why": "カートから購入手続き",
        "from": "Webショップ (Chrome)",
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
        "stock": 106
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
          "orderId": 169,
          "stockAfter": 106,
          "at": "2025-03-22T20:01:15.004528+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}