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
          "customerId": 83,
          "items": [
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 1,
              "unitPrice": 96.12
            }
          ],
          "total": 96.12,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-29T21:16:40.119528+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "be446da8-9c83-402a-89f0-4365a6cbb149",
        "chainParentSerial": "c94b371f-2cc8-400f-943d-c1b4d456d6f0",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-83",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "山本 大輝",
          "email": "daiki.yamamoto@mail.example.ne.jp",
          "createdAt": "2025-03-21T13:54:34.514720+00:00",
          "updatedAt": "2025-03-21T13:54:34.514720+00:00",
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
              "timestamp": "2025-03-29T21:16:40.119528+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-29T21:16:40.293245+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-005 x1",
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
        "stock": 30
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
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 221,
          "stockAfter": 30,
          "at": "2025-03-29T21:16:40.119528+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}