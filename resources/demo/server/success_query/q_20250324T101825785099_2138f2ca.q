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
          "customerId": 25,
          "items": [
            {
              "productId": 26,
              "sku": "STA-005",
              "qty": 1,
              "unitPrice": 22.0
            }
          ],
          "total": 22.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T10:18:25.584254+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "7e47054e-1396-4d95-adfc-85e40fa854e2",
        "chainParentSerial": "632c4b87-3098-48de-b7d8-611e60caa073",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-25",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "松本 葵",
          "email": "aoi.matsumoto32@mail.example.ne.jp",
          "createdAt": "2025-02-19T03:07:15+00:00",
          "updatedAt": "2025-02-19T03:07:15+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-a9303a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T10:18:25.584254+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T10:18:25.761291+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: STA-005 x1",
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
        "stock": 21
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 26,
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
          "productId": 26,
          "delta": -1,
          "reason": "order",
          "orderId": 183,
          "stockAfter": 21,
          "at": "2025-03-24T10:18:25.584254+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}