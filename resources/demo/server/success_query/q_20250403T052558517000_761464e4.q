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
          "customerId": 0,
          "items": [
            {
              "productId": 30,
              "sku": "KIT-007",
              "qty": 1,
              "unitPrice": 32.0
            },
            {
              "productId": 22,
              "sku": "TOY-001",
              "qty": 1,
              "unitPrice": 16.0
            }
          ],
          "total": 48.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-03T05:25:58.392256+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ec4ad727-fc31-4043-b849-2c5c79bda3e4",
        "chainParentSerial": "750ec2c1-fcc4-460b-9011-e0999635fa58",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-0",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "高橋 蓮",
          "email": "ren.takahashi79@example.co.jp",
          "createdAt": "2024-07-22T19:37:18+00:00",
          "updatedAt": "2024-07-22T19:37:18+00:00",
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
              "timestamp": "2025-04-03T05:25:58.392256+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T05:25:58.453225+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-007 x1 TOY-001 x1",
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
        "stock": 13
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 30,
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
        "stock": 27
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
          "productId": 30,
          "delta": -1,
          "reason": "order",
          "orderId": 252,
          "stockAfter": 13,
          "at": "2025-04-03T05:25:58.392256+00:00"
        },
        {
          "id": -1,
          "productId": 22,
          "delta": -1,
          "reason": "order",
          "orderId": 252,
          "stockAfter": 27,
          "at": "2025-04-03T05:25:58.392256+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}