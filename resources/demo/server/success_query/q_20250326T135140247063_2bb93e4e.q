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
          "customerId": 81,
          "items": [
            {
              "productId": 17,
              "sku": "HOM-004",
              "qty": 1,
              "unitPrice": 13.2
            },
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            },
            {
              "productId": 1,
              "sku": "KIT-002",
              "qty": 2,
              "unitPrice": 15.39
            }
          ],
          "total": 64.98,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-26T13:51:40.113800+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "2a7da2b7-df73-4b66-a0dc-6b7b9e6161d1",
        "chainParentSerial": "ceff0bfd-0f8a-4ebc-b7e8-9931e257a697",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-81",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "井上 健太",
          "email": "kenta.inoue10@example.co.jp",
          "createdAt": "2025-03-21T08:41:49.123860+00:00",
          "updatedAt": "2025-03-21T08:41:49.123860+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-313782"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-26T13:51:40.113800+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-26T13:51:40.197038+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-004 x1 TEA-001 x1 KIT-002 x2",
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
        "stock": 31
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 17,
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
        "stock": 37
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
        "stock": 25
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 1,
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
          "productId": 17,
          "delta": -1,
          "reason": "order",
          "orderId": 196,
          "stockAfter": 31,
          "at": "2025-03-26T13:51:40.113800+00:00"
        },
        {
          "id": -1,
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 196,
          "stockAfter": 37,
          "at": "2025-03-26T13:51:40.113800+00:00"
        },
        {
          "id": -1,
          "productId": 1,
          "delta": -2,
          "reason": "order",
          "orderId": 196,
          "stockAfter": 25,
          "at": "2025-03-26T13:51:40.113800+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}