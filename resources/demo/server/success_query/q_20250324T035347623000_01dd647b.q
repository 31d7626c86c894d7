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
          "customerId": 89,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 1,
              "unitPrice": 16.9
            },
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 31.32
            },
            {
              "productId": 1,
              "sku": "KIT-002",
              "qty": 1,
              "unitPrice": 15.39
            }
          ],
          "total": 63.61,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T03:53:47.411972+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "cbc66c35-4877-419f-b8c2-bcf425405603",
        "chainParentSerial": "d2651216-238d-4d26-8ec0-47c4c4e97424",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-89",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "木村 翔太",
          "email": "shota.kimura@mail.example.ne.jp",
          "createdAt": "2025-03-24T03:52:06.015731+00:00",
          "updatedAt": "2025-03-24T03:52:06.015731+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-0c7a66"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T03:53:47.411972+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": -31
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T03:53:47.574838+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-002 x1 OUT-002 x1 KIT-002 x1",
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
        "stock": 34
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
        "stock": 17
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
        "stock": 27
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 1,
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
          "productId": 9,
          "delta": -1,
          "reason": "order",
          "orderId": 178,
          "stockAfter": 34,
          "at": "2025-03-24T03:53:47.411972+00:00"
        },
        {
          "id": -1,
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 178,
          "stockAfter": 17,
          "at": "2025-03-24T03:53:47.411972+00:00"
        },
        {
          "id": -1,
          "productId": 1,
          "delta": -1,
          "reason": "order",
          "orderId": 178,
          "stockAfter": 27,
          "at": "2025-03-24T03:53:47.411972+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}