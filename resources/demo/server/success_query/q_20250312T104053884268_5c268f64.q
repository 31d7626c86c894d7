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
              "productId": 17,
              "sku": "HOM-004",
              "qty": 6,
              "unitPrice": 13.2
            },
            {
              "productId": 24,
              "sku": "KIT-006",
              "qty": 1,
              "unitPrice": 74.0
            }
          ],
          "total": 153.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-12T10:40:53.770807+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "e97805b6-74a6-4ae1-b55b-a504ab991510",
        "chainParentSerial": "60ceb91b-0a26-4589-8fbf-2bda565a717b",
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
              "timestamp": "2025-03-12T10:40:53.770807+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-12T10:40:53.824577+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-004 x6 KIT-006 x1",
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
        "stock": 46
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
        "stock": 9
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 24,
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
          "delta": -6,
          "reason": "order",
          "orderId": 93,
          "stockAfter": 46,
          "at": "2025-03-12T10:40:53.770807+00:00"
        },
        {
          "id": -1,
          "productId": 24,
          "delta": -1,
          "reason": "order",
          "orderId": 93,
          "stockAfter": 9,
          "at": "2025-03-12T10:40:53.770807+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}