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
              "productId": 25,
              "sku": "TEA-004",
              "qty": 5,
              "unitPrice": 9.6
            },
            {
              "productId": 18,
              "sku": "HOM-005",
              "qty": 2,
              "unitPrice": 15.5
            },
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 10.35
            }
          ],
          "total": 89.35,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-20T14:49:19.296146+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b32f7502-be82-4191-b070-1bbc332e6238",
        "chainParentSerial": "602e5032-0a47-43a0-954a-b35a2a07ea68",
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
              "timestamp": "2025-03-20T14:49:19.296146+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T14:49:19.452573+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-004 x5 HOM-005 x2 STA-003 x1",
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
        "stock": 45
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 25,
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 34
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 18,
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
          "productId": 25,
          "delta": -5,
          "reason": "order",
          "orderId": 155,
          "stockAfter": 45,
          "at": "2025-03-20T14:49:19.296146+00:00"
        },
        {
          "id": -1,
          "productId": 18,
          "delta": -2,
          "reason": "order",
          "orderId": 155,
          "stockAfter": 34,
          "at": "2025-03-20T14:49:19.296146+00:00"
        },
        {
          "id": -1,
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 155,
          "stockAfter": 145,
          "at": "2025-03-20T14:49:19.296146+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}