{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "updateOne",
      "overrideData": {
        "status": "cancelled",
        "cancelledAt": "2025-04-05T11:10:26.567616+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 258,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "in_",
            "field": "status",
            "values": [
              "pending",
              "paid"
            ],
            "version": "1"
          }
        ],
        "version": "1"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3530dcde-3e30-4afa-a343-91bf66f2889e",
        "chainParentSerial": "4d86f0fb-0e63-4859-bf0c-373d69151224",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-45",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 結衣",
          "email": "yui.shimizu62@example.co.jp",
          "createdAt": "2025-03-05T12:59:00.004275+00:00",
          "updatedAt": "2025-03-05T12:59:00.004275+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-a2d63b"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T11:10:26.567616+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 0
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-05T11:10:26.624743+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #258",
        "why": "お客様ご自身によるキャンセル",
        "from": "Androidアプリ",
        "context": {
          "orderId": 258
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
        "stock": 25,
        "updatedAt": "2025-04-05T11:10:26.567616+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 1,
        "vType": "auto_",
        "version": "2"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 26,
        "updatedAt": "2025-04-05T11:10:26.567616+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 4,
        "vType": "auto_",
        "version": "2"
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
          "productId": 1,
          "delta": 2,
          "reason": "cancel",
          "orderId": 258,
          "stockAfter": 25,
          "at": "2025-04-05T11:10:26.567616+00:00"
        },
        {
          "id": -1,
          "productId": 4,
          "delta": 1,
          "reason": "cancel",
          "orderId": 258,
          "stockAfter": 26,
          "at": "2025-04-05T11:10:26.567616+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}