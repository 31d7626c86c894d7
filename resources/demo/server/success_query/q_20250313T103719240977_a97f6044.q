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
              "productId": 19,
              "sku": "OUT-001",
              "qty": 1,
              "unitPrice": 34.0
            },
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 3,
              "unitPrice": 11.5
            }
          ],
          "total": 68.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-13T10:37:19.152711+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "4cb82fa5-ba17-41d1-a973-df35ffff43fa",
        "chainParentSerial": "59a79b07-8122-4409-ae84-2bf34073c573",
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
              "timestamp": "2025-03-13T10:37:19.152711+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-13T10:37:19.217838+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-001 x1 STA-003 x3",
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
        "stock": 17
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 19,
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
        "stock": 145
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
            "value": 3,
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
          "productId": 19,
          "delta": -1,
          "reason": "order",
          "orderId": 100,
          "stockAfter": 17,
          "at": "2025-03-13T10:37:19.152711+00:00"
        },
        {
          "id": -1,
          "productId": 12,
          "delta": -3,
          "reason": "order",
          "orderId": 100,
          "stockAfter": 145,
          "at": "2025-03-13T10:37:19.152711+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}