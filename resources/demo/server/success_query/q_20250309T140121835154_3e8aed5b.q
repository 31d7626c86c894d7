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
          "customerId": 4,
          "items": [
            {
              "productId": 17,
              "sku": "HOM-004",
              "qty": 1,
              "unitPrice": 13.2
            }
          ],
          "total": 13.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-09T14:01:21.669817+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "74032de5-9cbb-42cb-a672-6c4c6eca222c",
        "chainParentSerial": "223c3ea4-5bb0-419d-98ff-4085894ee7e8",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-4",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "田中 翔太",
          "email": "shota.tanaka@example.co.jp",
          "createdAt": "2024-11-07T00:25:20+00:00",
          "updatedAt": "2024-11-07T00:25:20+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-fa146c"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T14:01:21.669817+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T14:01:21.800424+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-004 x1",
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
        "stock": 53
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
          "delta": -1,
          "reason": "order",
          "orderId": 74,
          "stockAfter": 53,
          "at": "2025-03-09T14:01:21.669817+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}