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
          "customerId": 20,
          "items": [
            {
              "productId": 8,
              "sku": "FOD-001",
              "qty": 2,
              "unitPrice": 7.25
            }
          ],
          "total": 14.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T18:00:45.233734+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ffb559ca-25af-4379-9751-ce4535a611f6",
        "chainParentSerial": "8652b890-8839-48e6-ab64-3630d0f0b10c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-20",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "吉田 花子",
          "email": "hanako.yoshida@example.jp",
          "createdAt": "2024-09-04T04:20:27+00:00",
          "updatedAt": "2024-09-04T04:20:27+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-3e41d1"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T18:00:45.233734+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 9
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T18:00:45.330964+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-001 x2",
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
        "stock": 59
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
          "productId": 8,
          "delta": -2,
          "reason": "order",
          "orderId": 211,
          "stockAfter": 59,
          "at": "2025-03-28T18:00:45.233734+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}