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
          "customerId": 54,
          "items": [
            {
              "productId": 17,
              "sku": "HOM-004",
              "qty": 2,
              "unitPrice": 13.2
            },
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 11.48
            }
          ],
          "total": 37.88,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-17T13:55:38.368852+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "974ceb46-f9de-40e8-aee6-2cb564defb07",
        "chainParentSerial": "5230cb4f-57b4-4465-81b0-91681c46780c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-54",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 葵",
          "email": "aoi.watanabe41@example.co.jp",
          "createdAt": "2025-03-10T20:13:44.187309+00:00",
          "updatedAt": "2025-03-10T20:13:44.187309+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-e8edc1"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T13:55:38.368852+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 1
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-17T13:55:38.398743+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-004 x2 TEA-002 x1",
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
        "stock": 38
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
        "stock": 73
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
          "productId": 17,
          "delta": -2,
          "reason": "order",
          "orderId": 130,
          "stockAfter": 38,
          "at": "2025-03-17T13:55:38.368852+00:00"
        },
        {
          "id": -1,
          "productId": 6,
          "delta": -1,
          "reason": "order",
          "orderId": 130,
          "stockAfter": 73,
          "at": "2025-03-17T13:55:38.368852+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}