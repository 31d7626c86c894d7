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
          "customerId": 75,
          "items": [
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 6,
              "unitPrice": 22.05
            }
          ],
          "total": 132.3,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-19T10:18:55.339114+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "3796433d-bf65-47d7-bcf9-c12dbb4af0e4",
        "chainParentSerial": "5325519a-645d-4853-b6ca-52699a7924cf",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-75",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 真央",
          "email": "mao.suzuki15@example.co.jp",
          "createdAt": "2025-03-19T10:17:34.566233+00:00",
          "updatedAt": "2025-03-19T10:17:34.566233+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-5772d0"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T10:18:55.339114+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-19T10:18:55.409242+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-001 x6",
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
        "stock": 24
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 6,
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
          "productId": 0,
          "delta": -6,
          "reason": "order",
          "orderId": 143,
          "stockAfter": 24,
          "at": "2025-03-19T10:18:55.339114+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}