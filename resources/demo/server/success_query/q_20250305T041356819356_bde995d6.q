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
          "customerId": 25,
          "items": [
            {
              "productId": 23,
              "sku": "TOY-002",
              "qty": 2,
              "unitPrice": 10.25
            },
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 1,
              "unitPrice": 24.5
            },
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 12.75
            }
          ],
          "total": 57.75,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T04:13:56.675700+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b8e616eb-6ea7-4dc7-a4cb-8c7b8b2d8a80",
        "chainParentSerial": "e35332d7-6bdc-4735-87c5-090191c854fa",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-25",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "松本 葵",
          "email": "aoi.matsumoto32@mail.example.ne.jp",
          "createdAt": "2025-02-19T03:07:15+00:00",
          "updatedAt": "2025-02-19T03:07:15+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-a9303a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T04:13:56.675700+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T04:13:56.811324+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TOY-002 x2 KIT-001 x1 TEA-002 x1",
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
        "stock": 93
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
        "stock": 36
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
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
        "stock": 78
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 6,
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
          "productId": 23,
          "delta": -2,
          "reason": "order",
          "orderId": 41,
          "stockAfter": 93,
          "at": "2025-03-05T04:13:56.675700+00:00"
        },
        {
          "id": -1,
          "productId": 0,
          "delta": -1,
          "reason": "order",
          "orderId": 41,
          "stockAfter": 36,
          "at": "2025-03-05T04:13:56.675700+00:00"
        },
        {
          "id": -1,
          "productId": 6,
          "delta": -1,
          "reason": "order",
          "orderId": 41,
          "stockAfter": 78,
          "at": "2025-03-05T04:13:56.675700+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}