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
          "customerId": 24,
          "items": [
            {
              "productId": 26,
              "sku": "STA-005",
              "qty": 1,
              "unitPrice": 22.0
            },
            {
              "productId": 12,
              "sku": "STA-003",
              "qty": 1,
              "unitPrice": 9.32
            }
          ],
          "total": 31.32,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-06T04:33:40.274904+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "722aae5f-0ca4-44e5-9cfd-8d7355e7ce1d",
        "chainParentSerial": "12e7baf0-37b6-48cc-93b2-49a5f3fdd6ea",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-24",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "松本 悠真",
          "email": "yuma.matsumoto@mail.example.ne.jp",
          "createdAt": "2025-01-11T03:43:06+00:00",
          "updatedAt": "2025-01-11T03:43:06+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-853cab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T04:33:40.274904+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T04:33:40.395970+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-005 x1 STA-003 x1",
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
        "stock": 21
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 26,
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
        "stock": 132
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
          "productId": 26,
          "delta": -1,
          "reason": "order",
          "orderId": 269,
          "stockAfter": 21,
          "at": "2025-04-06T04:33:40.274904+00:00"
        },
        {
          "id": -1,
          "productId": 12,
          "delta": -1,
          "reason": "order",
          "orderId": 269,
          "stockAfter": 132,
          "at": "2025-04-06T04:33:40.274904+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}