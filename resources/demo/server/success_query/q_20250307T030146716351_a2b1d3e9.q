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
              "productId": 17,
              "sku": "HOM-004",
              "qty": 1,
              "unitPrice": 13.2
            }
          ],
          "total": 13.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-07T03:01:46.519461+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "fa1c4bfd-d01d-404c-a034-b21cb2e27bb3",
        "chainParentSerial": "a6c3ea71-e721-4383-a32c-920eccb8f9ad",
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
              "timestamp": "2025-03-07T03:01:46.519461+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-07T03:01:46.686801+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-004 x1",
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
        "stock": 54
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
          "orderId": 55,
          "stockAfter": 54,
          "at": "2025-03-07T03:01:46.519461+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}