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
          "customerId": 33,
          "items": [
            {
              "productId": 13,
              "sku": "STA-004",
              "qty": 1,
              "unitPrice": 6.8
            },
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            },
            {
              "productId": 11,
              "sku": "STA-002",
              "qty": 1,
              "unitPrice": 38.0
            }
          ],
          "total": 54.79,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-07T11:20:05.070017+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "9243d8a5-0706-4099-aab5-83d32746133b",
        "chainParentSerial": null,
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-33",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 葵",
          "email": "aoi.suzuki@mail.example.ne.jp",
          "createdAt": "2024-12-29T18:03:20+00:00",
          "updatedAt": "2024-12-29T18:03:20+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-494aa5"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T11:20:05.070017+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T11:20:05.234968+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-004 x1 KIT-004 x1 STA-002 x1",
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
        "stock": 68
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 13,
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
        "stock": 117
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
        "stock": 18
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
          "productId": 13,
          "delta": -1,
          "reason": "order",
          "orderId": 59,
          "stockAfter": 68,
          "at": "2025-03-07T11:20:05.070017+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 59,
          "stockAfter": 117,
          "at": "2025-03-07T11:20:05.070017+00:00"
        },
        {
          "id": -1,
          "productId": 11,
          "delta": -1,
          "reason": "order",
          "orderId": 59,
          "stockAfter": 18,
          "at": "2025-03-07T11:20:05.070017+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}