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
          "customerId": 49,
          "items": [
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 29.0
            },
            {
              "productId": 26,
              "sku": "STA-005",
              "qty": 1,
              "unitPrice": 22.0
            }
          ],
          "total": 51.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-14T07:34:35.098455+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "721ee614-4721-4d2f-86b7-11618255c2ee",
        "chainParentSerial": "cbfb8a34-2afc-4b7e-b1f8-8fc8d1ebb016",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-49",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 直樹",
          "email": "naoki.watanabe@example.co.jp",
          "createdAt": "2025-03-09T01:52:39.561740+00:00",
          "updatedAt": "2025-03-09T01:52:39.561740+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-e46ec9"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T07:34:35.098455+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 9
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-14T07:34:35.263766+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-002 x1 STA-005 x1",
        "why": "カートから購入手続き",
        "from": "Androidアプリ",
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
        "stock": 18
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 20,
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 108,
          "stockAfter": 18,
          "at": "2025-03-14T07:34:35.098455+00:00"
        },
        {
          "id": -1,
          "productId": 26,
          "delta": -1,
          "reason": "order",
          "orderId": 108,
          "stockAfter": 25,
          "at": "2025-03-14T07:34:35.098455+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}