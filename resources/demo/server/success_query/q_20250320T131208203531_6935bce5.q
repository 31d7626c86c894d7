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
          "customerId": 52,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            },
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 2,
              "unitPrice": 19.8
            }
          ],
          "total": 60.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-20T13:12:08.028048+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "04300e06-c797-478d-989f-8cff0b2338d4",
        "chainParentSerial": "e9ecf5b1-8dd2-4041-87ed-7ca85e2fa804",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-52",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "清水 花子",
          "email": "hanako.shimizu11@mail.example.ne.jp",
          "createdAt": "2025-03-10T08:41:53.635727+00:00",
          "updatedAt": "2025-03-10T08:41:53.635727+00:00",
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
              "timestamp": "2025-03-20T13:12:08.028048+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-20T13:12:08.181500+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: TEA-001 x1 HOM-003 x2",
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
        "stock": 42
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
        "stock": 54
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 153,
          "stockAfter": 42,
          "at": "2025-03-20T13:12:08.028048+00:00"
        },
        {
          "id": -1,
          "productId": 16,
          "delta": -2,
          "reason": "order",
          "orderId": 153,
          "stockAfter": 54,
          "at": "2025-03-20T13:12:08.028048+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}