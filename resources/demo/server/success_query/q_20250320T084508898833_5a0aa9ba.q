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
          "customerId": 0,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 1,
              "unitPrice": 16.9
            },
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 1,
              "unitPrice": 96.12
            },
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 2,
              "unitPrice": 22.05
            }
          ],
          "total": 157.12,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-20T08:45:08.732412+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ce716dfb-2ba9-49b8-a4b4-d808c41108a3",
        "chainParentSerial": "6268ef9a-93da-4460-a7a0-2354c7fb9f26",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-0",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "高橋 蓮",
          "email": "ren.takahashi79@example.co.jp",
          "createdAt": "2024-07-22T19:37:18+00:00",
          "updatedAt": "2024-07-22T19:37:18+00:00",
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
              "timestamp": "2025-03-20T08:45:08.732412+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T08:45:08.862039+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-002 x1 KIT-005 x1 KIT-001 x2",
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
        "stock": 39
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 9,
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
        "stock": 33
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
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
        "stock": 22
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
          "productId": 9,
          "delta": -1,
          "reason": "order",
          "orderId": 151,
          "stockAfter": 39,
          "at": "2025-03-20T08:45:08.732412+00:00"
        },
        {
          "id": -1,
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 151,
          "stockAfter": 33,
          "at": "2025-03-20T08:45:08.732412+00:00"
        },
        {
          "id": -1,
          "productId": 0,
          "delta": -2,
          "reason": "order",
          "orderId": 151,
          "stockAfter": 22,
          "at": "2025-03-20T08:45:08.732412+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}