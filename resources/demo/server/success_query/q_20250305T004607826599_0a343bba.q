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
          "customerId": 38,
          "items": [
            {
              "productId": 21,
              "sku": "OUT-003",
              "qty": 1,
              "unitPrice": 9.5
            }
          ],
          "total": 9.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-05T00:46:07.686704+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "413b373a-992c-4199-8f9d-6735cafe83e5",
        "chainParentSerial": "797998f2-40c1-4bd6-a3de-d3ef9e1266b5",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-38",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "小林 葵",
          "email": "aoi.kobayashi@example.co.jp",
          "createdAt": "2024-08-05T21:53:16+00:00",
          "updatedAt": "2024-08-05T21:53:16+00:00",
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
              "timestamp": "2025-03-05T00:46:07.686704+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-05T00:46:07.775133+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-003 x1",
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
        "stock": 84
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 21,
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
          "productId": 21,
          "delta": -1,
          "reason": "order",
          "orderId": 40,
          "stockAfter": 84,
          "at": "2025-03-05T00:46:07.686704+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}