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
              "productId": 19,
              "sku": "OUT-001",
              "qty": 1,
              "unitPrice": 34.0
            },
            {
              "productId": 22,
              "sku": "TOY-001",
              "qty": 1,
              "unitPrice": 16.0
            }
          ],
          "total": 50.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-07T04:05:21.534728+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "c2a824e2-3685-4221-861d-bdad0cce4afe",
        "chainParentSerial": "57979f3a-9775-4405-9a15-eeaf97a001b4",
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
              "timestamp": "2025-03-07T04:05:21.534728+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T04:05:21.598419+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-001 x1 TOY-001 x1",
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
        "stock": 20
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
        "stock": 17
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
          "productId": 19,
          "delta": -1,
          "reason": "order",
          "orderId": 56,
          "stockAfter": 20,
          "at": "2025-03-07T04:05:21.534728+00:00"
        },
        {
          "id": -1,
          "productId": 22,
          "delta": -1,
          "reason": "order",
          "orderId": 56,
          "stockAfter": 17,
          "at": "2025-03-07T04:05:21.534728+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}