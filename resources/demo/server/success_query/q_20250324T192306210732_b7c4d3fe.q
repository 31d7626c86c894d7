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
          "customerId": 36,
          "items": [
            {
              "productId": 18,
              "sku": "HOM-005",
              "qty": 1,
              "unitPrice": 15.5
            }
          ],
          "total": 15.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T19:23:06.016944+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "562827eb-9d3d-4e6b-b07f-fec2d7ca0f1e",
        "chainParentSerial": "8e865de9-740e-4b47-ac96-e5f15201d54b",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-36",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "伊藤 翔太",
          "email": "shota.ito@example.co.jp",
          "createdAt": "2025-01-06T02:38:53+00:00",
          "updatedAt": "2025-01-06T02:38:53+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-a0641d"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T19:23:06.016944+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": -15
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T19:23:06.170559+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-005 x1",
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
        "stock": 33
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 18,
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
          "productId": 18,
          "delta": -1,
          "reason": "order",
          "orderId": 187,
          "stockAfter": 33,
          "at": "2025-03-24T19:23:06.016944+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}