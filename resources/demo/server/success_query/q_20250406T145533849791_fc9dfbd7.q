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
          "customerId": 99,
          "items": [
            {
              "productId": 10,
              "sku": "STA-001",
              "qty": 1,
              "unitPrice": 14.7
            },
            {
              "productId": 14,
              "sku": "HOM-001",
              "qty": 2,
              "unitPrice": 55.0
            }
          ],
          "total": 124.7,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-06T14:55:33.670568+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "e853c20c-28eb-4734-ba6b-37656f979cc9",
        "chainParentSerial": "fd3b8d4e-4250-4003-92ac-a631928018f2",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-99",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "木村 蓮",
          "email": "ren.kimura75@example.co.jp",
          "createdAt": "2025-03-28T10:42:53.919315+00:00",
          "updatedAt": "2025-03-28T10:42:53.919315+00:00",
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
              "timestamp": "2025-04-06T14:55:33.670568+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T14:55:33.815086+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-001 x1 HOM-001 x2",
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
        "stock": 78
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 42
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 14,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 2,
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
          "delta": -1,
          "reason": "order",
          "orderId": 274,
          "stockAfter": 78,
          "at": "2025-04-06T14:55:33.670568+00:00"
        },
        {
          "id": -1,
          "productId": 14,
          "delta": -2,
          "reason": "order",
          "orderId": 274,
          "stockAfter": 42,
          "at": "2025-04-06T14:55:33.670568+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}