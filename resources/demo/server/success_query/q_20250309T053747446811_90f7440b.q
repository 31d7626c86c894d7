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
          "customerId": 34,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 6,
              "unitPrice": 21.0
            }
          ],
          "total": 126.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-09T05:37:47.269147+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "be520d5a-5772-4907-ae30-3510bdca03f4",
        "chainParentSerial": "4ac35947-5cfc-49a2-818f-edce2a7c1af8",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-34",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 真央",
          "email": "mao.watanabe@mail.example.ne.jp",
          "createdAt": "2024-11-04T04:51:30+00:00",
          "updatedAt": "2024-11-04T04:51:30+00:00",
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
              "timestamp": "2025-03-09T05:37:47.269147+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T05:37:47.425427+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-001 x6",
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
        "stock": 52
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
          "productId": 5,
          "delta": -6,
          "reason": "order",
          "orderId": 70,
          "stockAfter": 52,
          "at": "2025-03-09T05:37:47.269147+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}