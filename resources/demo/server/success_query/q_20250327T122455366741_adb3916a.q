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
          "customerId": 16,
          "items": [
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 1,
              "unitPrice": 96.12
            },
            {
              "productId": 24,
              "sku": "KIT-006",
              "qty": 1,
              "unitPrice": 74.0
            }
          ],
          "total": 170.12,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-27T12:24:55.159762+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "22545a7f-5ee8-4bea-a5ee-14778d26f525",
        "chainParentSerial": "837eedb8-5320-47d2-8aa9-58e23e7d7b52",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-16",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 大輝",
          "email": "daiki.yoshida@mail.example.ne.jp",
          "createdAt": "2024-07-04T14:58:08+00:00",
          "updatedAt": "2024-07-04T14:58:08+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-7b9fe6"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T12:24:55.159762+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-27T12:24:55.314945+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-005 x1 KIT-006 x1",
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
        "stock": 30
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
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
        "stock": 39
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 24,
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
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 203,
          "stockAfter": 30,
          "at": "2025-03-27T12:24:55.159762+00:00"
        },
        {
          "id": -1,
          "productId": 24,
          "delta": -1,
          "reason": "order",
          "orderId": 203,
          "stockAfter": 39,
          "at": "2025-03-27T12:24:55.159762+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}