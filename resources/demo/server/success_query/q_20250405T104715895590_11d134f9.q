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
          "customerId": 15,
          "items": [
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 9.32
            }
          ],
          "total": 9.32,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-05T10:47:15.744584+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "dc6e5be4-9296-45c2-be23-2734b3da0e0f",
        "chainParentSerial": "3843687f-ad91-4d6b-99f2-0d67ed4a0447",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-15",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "山本 翔太",
          "email": "shota.yamamoto36@example.co.jp",
          "createdAt": "2024-12-21T20:57:36+00:00",
          "updatedAt": "2024-12-21T20:57:36+00:00",
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
              "timestamp": "2025-04-05T10:47:15.744584+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T10:47:15.856595+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-003 x1",
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
        "stock": 133
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 12,
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
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 264,
          "stockAfter": 133,
          "at": "2025-04-05T10:47:15.744584+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}