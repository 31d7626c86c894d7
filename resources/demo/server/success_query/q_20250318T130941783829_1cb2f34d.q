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
          "customerId": 17,
          "items": [
            {
              "productId": 21,
              "sku": "OUT-003",
              "qty": 1,
              "unitPrice": 9.03
            },
            {
              "productId": 23,
              "sku": "TOY-002",
              "qty": 5,
              "unitPrice": 10.25
            }
          ],
          "total": 60.28,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-18T13:09:41.579621+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "31200d3f-5218-4622-8948-f0c6750ec080",
        "chainParentSerial": "32005e2b-0e52-4ffc-90cd-088febdd0f3b",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-17",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "鈴木 悠真",
          "email": "yuma.suzuki@mail.example.ne.jp",
          "createdAt": "2024-12-25T06:28:41+00:00",
          "updatedAt": "2024-12-25T06:28:41+00:00",
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
              "timestamp": "2025-03-18T13:09:41.579621+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T13:09:41.732517+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-003 x1 TOY-002 x5",
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
        "stock": 77
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 21,
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
        "stock": 83
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 23,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 5,
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
          "productId": 21,
          "delta": -1,
          "reason": "order",
          "orderId": 139,
          "stockAfter": 77,
          "at": "2025-03-18T13:09:41.579621+00:00"
        },
        {
          "id": -1,
          "productId": 23,
          "delta": -5,
          "reason": "order",
          "orderId": 139,
          "stockAfter": 83,
          "at": "2025-03-18T13:09:41.579621+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}