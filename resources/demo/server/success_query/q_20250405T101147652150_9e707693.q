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
          "customerId": 76,
          "items": [
            {
              "productId": 2,
              "sku": "KIT-003",
              "qty": 5,
              "unitPrice": 58.9
            },
            {
              "productId": 11,
              "sku": "STA-002",
              "qty": 1,
              "unitPrice": 43.09
            }
          ],
          "total": 337.59,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-05T10:11:47.568563+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3bde358b-6de6-4a86-b5c5-37f06d810669",
        "chainParentSerial": "bc51ff2c-3e2c-420d-8114-9e777a88623b",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-76",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "佐藤 太郎",
          "email": "taro.sato@example.jp",
          "createdAt": "2025-03-19T13:32:43.267530+00:00",
          "updatedAt": "2025-03-19T13:32:43.267530+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-350e3d"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T10:11:47.568563+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T10:11:47.616654+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-003 x5 STA-002 x1",
        "why": "カートから購入手続き",
        "from": "iOSアプリ",
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
        "stock": 44
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 2,
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
        "stock": 16
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 11,
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
          "productId": 2,
          "delta": -5,
          "reason": "order",
          "orderId": 263,
          "stockAfter": 44,
          "at": "2025-04-05T10:11:47.568563+00:00"
        },
        {
          "id": -1,
          "productId": 11,
          "delta": -1,
          "reason": "order",
          "orderId": 263,
          "stockAfter": 16,
          "at": "2025-04-05T10:11:47.568563+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}