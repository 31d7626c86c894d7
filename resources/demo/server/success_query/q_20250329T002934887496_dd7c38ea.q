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
          "customerId": 59,
          "items": [
            {
              "productId": 29,
              "sku": "OUT-004",
              "qty": 2,
              "unitPrice": 27.0
            }
          ],
          "total": 54.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-29T00:29:34.672344+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "2c6a564c-029f-4fd5-bf8b-e490a923842d",
        "chainParentSerial": "0a354176-d087-42ce-a36d-d53a7483688a",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-59",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "井上 結衣",
          "email": "yui.inoue30@example.jp",
          "createdAt": "2025-03-11T20:29:31.710747+00:00",
          "updatedAt": "2025-03-11T20:29:31.710747+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-8621c7"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T00:29:34.672344+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "Asia/Tokyo",
                "clockSkewMs": 10
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T00:29:34.840654+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: OUT-004 x2",
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
        "stock": 30
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
          "productId": 29,
          "delta": -2,
          "reason": "order",
          "orderId": 214,
          "stockAfter": 30,
          "at": "2025-03-29T00:29:34.672344+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}