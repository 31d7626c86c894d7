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
              "productId": 0,
              "sku": "KIT-001",
              "qty": 1,
              "unitPrice": 24.5
            }
          ],
          "total": 24.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-03T11:28:03.403583+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "6ae9c554-9989-408e-8545-b5abcad58c2e",
        "chainParentSerial": "975c16e7-c10a-4d5f-8005-e769b951e12d",
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
              "timestamp": "2025-03-03T11:28:03.403583+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-03T11:28:03.512204+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-001 x1",
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
        "stock": 39
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
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
          "productId": 0,
          "delta": -1,
          "reason": "order",
          "orderId": 35,
          "stockAfter": 39,
          "at": "2025-03-03T11:28:03.403583+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}