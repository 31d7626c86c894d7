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
          "customerId": 44,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 1,
              "unitPrice": 16.9
            }
          ],
          "total": 16.9,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-04T04:48:24.070496+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "54d42969-8acd-48b6-b68c-780af777e594",
        "chainParentSerial": "d584b790-e701-429b-bcae-7ba0f2b32a31",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-44",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "木村 翔太",
          "email": "shota.kimura@mail.example.ne.jp",
          "createdAt": "2025-03-04T10:43:32.068247+00:00",
          "updatedAt": "2025-03-04T10:43:32.068247+00:00",
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
              "timestamp": "2025-04-04T04:48:24.070496+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-04T04:48:24.149827+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-002 x1",
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
        "stock": 29
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 9,
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
          "productId": 9,
          "delta": -1,
          "reason": "order",
          "orderId": 257,
          "stockAfter": 29,
          "at": "2025-04-04T04:48:24.070496+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}