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
          "customerId": 95,
          "items": [
            {
              "productId": 30,
              "sku": "KIT-007",
              "qty": 1,
              "unitPrice": 32.0
            },
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 1,
              "unitPrice": 44.71
            }
          ],
          "total": 76.71,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T10:04:55.921043+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "50526a6d-009c-4c5e-8fe6-5ab1f5dab31c",
        "chainParentSerial": "22a0f872-2285-45d0-9408-e16a825f7bb4",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-95",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 葵",
          "email": "aoi.shimizu92@mail.example.ne.jp",
          "createdAt": "2025-03-27T13:27:44.404719+00:00",
          "updatedAt": "2025-03-27T13:27:44.404719+00:00",
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
              "timestamp": "2025-04-02T10:04:55.921043+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T10:04:56.098018+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-007 x1 HOM-002 x1",
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
        "stock": 14
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
        "stock": 41
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 15,
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
          "orderId": 242,
          "stockAfter": 14,
          "at": "2025-04-02T10:04:55.921043+00:00"
        },
        {
          "id": -1,
          "productId": 15,
          "delta": -1,
          "reason": "order",
          "orderId": 242,
          "stockAfter": 41,
          "at": "2025-04-02T10:04:55.921043+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}