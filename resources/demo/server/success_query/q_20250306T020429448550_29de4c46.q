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
          "customerId": 9,
          "items": [
            {
              "productId": 22,
              "sku": "TOY-001",
              "qty": 1,
              "unitPrice": 16.0
            }
          ],
          "total": 16.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-06T02:04:29.262019+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "89c85463-ec22-491e-b185-c9961fb1966b",
        "chainParentSerial": "fa98ed82-fa96-4e7c-bf12-e9d814406442",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-9",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 蓮",
          "email": "ren.shimizu@mail.example.ne.jp",
          "createdAt": "2024-07-22T06:15:16+00:00",
          "updatedAt": "2024-07-22T06:15:16+00:00",
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
              "timestamp": "2025-03-06T02:04:29.262019+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-06T02:04:29.413314+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TOY-001 x1",
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
        "stock": 18
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 22,
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
          "productId": 22,
          "delta": -1,
          "reason": "order",
          "orderId": 50,
          "stockAfter": 18,
          "at": "2025-03-06T02:04:29.262019+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}