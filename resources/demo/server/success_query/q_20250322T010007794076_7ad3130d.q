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
          "customerId": 74,
          "items": [
            {
              "productId": 14,
              "sku": "HOM-001",
              "qty": 6,
              "unitPrice": 55.0
            },
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 339.99,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-22T01:00:07.617293+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d661db3c-4ae2-4fc1-9061-3fdf3ad17adc",
        "chainParentSerial": "877dc36f-a938-4104-b5c2-83e7950c78e2",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-74",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "小林 蓮",
          "email": "ren.kobayashi@example.jp",
          "createdAt": "2025-03-19T06:00:26.161403+00:00",
          "updatedAt": "2025-03-19T06:00:26.161403+00:00",
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
              "timestamp": "2025-03-22T01:00:07.617293+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T01:00:07.748070+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-001 x6 KIT-004 x1",
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
        "stock": 50
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 14,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 6,
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
        "stock": 108
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 14,
          "delta": -6,
          "reason": "order",
          "orderId": 164,
          "stockAfter": 50,
          "at": "2025-03-22T01:00:07.617293+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 164,
          "stockAfter": 108,
          "at": "2025-03-22T01:00:07.617293+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}