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
          "customerId": 78,
          "items": [
            {
              "productId": 10,
              "sku": "STA-001",
              "qty": 6,
              "unitPrice": 14.0
            }
          ],
          "total": 84.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-20T06:18:29.104624+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "05d2aca1-984a-471e-a72a-d06dac83929c",
        "chainParentSerial": "25f82b1d-5fdb-4f8e-85b5-1dd800eb2870",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-78",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 拓海",
          "email": "takumi.shimizu53@example.co.jp",
          "createdAt": "2025-03-20T06:17:08.580661+00:00",
          "updatedAt": "2025-03-20T06:17:08.580661+00:00",
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
              "timestamp": "2025-03-20T06:18:29.104624+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T06:18:29.164508+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-001 x6",
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
        "stock": 87
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
          "productId": 10,
          "delta": -6,
          "reason": "order",
          "orderId": 149,
          "stockAfter": 87,
          "at": "2025-03-20T06:18:29.104624+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}