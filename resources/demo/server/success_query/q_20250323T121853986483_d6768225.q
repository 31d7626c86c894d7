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
          "customerId": 61,
          "items": [
            {
              "productId": 2,
              "sku": "KIT-003",
              "qty": 1,
              "unitPrice": 58.9
            },
            {
              "productId": 8,
              "sku": "FOD-001",
              "qty": 1,
              "unitPrice": 7.25
            },
            {
              "productId": 29,
              "sku": "OUT-004",
              "qty": 1,
              "unitPrice": 27.0
            }
          ],
          "total": 93.15,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-23T12:18:53.883878+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "50c9f06f-eaa0-4f60-9d66-d35456c2e715",
        "chainParentSerial": null,
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-61",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "井上 蓮",
          "email": "ren.inoue19@example.co.jp",
          "createdAt": "2025-03-12T10:39:09.071347+00:00",
          "updatedAt": "2025-03-12T10:39:09.071347+00:00",
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
              "timestamp": "2025-03-23T12:18:53.883878+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T12:18:53.942016+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-003 x1 FOD-001 x1 OUT-004 x1",
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
        "stock": 54
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 2,
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
        "stock": 64
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 8,
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
        "stock": 34
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 29,
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
          "productId": 2,
          "delta": -1,
          "reason": "order",
          "orderId": 174,
          "stockAfter": 54,
          "at": "2025-03-23T12:18:53.883878+00:00"
        },
        {
          "id": -1,
          "productId": 8,
          "delta": -1,
          "reason": "order",
          "orderId": 174,
          "stockAfter": 64,
          "at": "2025-03-23T12:18:53.883878+00:00"
        },
        {
          "id": -1,
          "productId": 29,
          "delta": -1,
          "reason": "order",
          "orderId": 174,
          "stockAfter": 34,
          "at": "2025-03-23T12:18:53.883878+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}