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
          "customerId": 19,
          "items": [
            {
              "productId": 1,
              "sku": "KIT-002",
              "qty": 1,
              "unitPrice": 15.39
            }
          ],
          "total": 15.39,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-01T09:31:54.219734+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "2e290a7b-aa63-48a9-98b6-0689791421ce",
        "chainParentSerial": "cb6ad194-c222-4b82-b536-2e3f2bdf0e66",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-19",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "山田 健太",
          "email": "kenta.yamada@mail.example.ne.jp",
          "createdAt": "2024-10-11T21:11:50+00:00",
          "updatedAt": "2024-10-11T21:11:50+00:00",
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
              "timestamp": "2025-04-01T09:31:54.219734+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-01T09:31:54.303465+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-002 x1",
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
        "stock": 25
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 1,
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
          "productId": 1,
          "delta": -1,
          "reason": "order",
          "orderId": 237,
          "stockAfter": 25,
          "at": "2025-04-01T09:31:54.219734+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}