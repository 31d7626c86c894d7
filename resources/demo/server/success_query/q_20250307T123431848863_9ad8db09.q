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
          "customerId": 41,
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
          "createdAt": "2025-03-07T12:34:31.640459+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5dd7afcc-7dff-47f2-9d65-ec600cb8ab10",
        "chainParentSerial": "c358a190-5fd6-47fb-9d0c-0002dcd232c0",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-41",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "渡辺 葵",
          "email": "aoi.watanabe88@example.co.jp",
          "createdAt": "2025-03-04T01:09:41.172243+00:00",
          "updatedAt": "2025-03-04T01:09:41.172243+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-0d3502"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T12:34:31.640459+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T12:34:31.788310+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-001 x2",
        "why": "カートから購入手続き",
        "from": "iOSアプリ",
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
        "stock": 67
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
          "orderId": 62,
          "stockAfter": 67,
          "at": "2025-03-07T12:34:31.640459+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}