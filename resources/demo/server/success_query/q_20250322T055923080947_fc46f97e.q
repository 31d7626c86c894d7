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
          "customerId": 24,
          "items": [
            {
              "productId": 9,
              "sku": "FOD-002",
              "qty": 4,
              "unitPrice": 16.9
            }
          ],
          "total": 67.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-22T05:59:22.948110+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "a000ef77-50d8-4e26-98bb-4f0dad19805a",
        "chainParentSerial": "c56a3f77-17c9-4730-862f-9edf85eba96c",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-24",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "松本 悠真",
          "email": "yuma.matsumoto@mail.example.ne.jp",
          "createdAt": "2025-01-11T03:43:06+00:00",
          "updatedAt": "2025-01-11T03:43:06+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-853cab"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T05:59:22.948110+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T05:59:23.048363+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: FOD-002 x4",
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
        "stock": 35
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
            "value": 4,
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
          "delta": -4,
          "reason": "order",
          "orderId": 165,
          "stockAfter": 35,
          "at": "2025-03-22T05:59:22.948110+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}