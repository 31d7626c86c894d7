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
          "customerId": 79,
          "items": [
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 1,
              "unitPrice": 22.05
            }
          ],
          "total": 22.05,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T01:47:51.417667+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "73e2e506-e8d6-41b4-bcf9-593f69fb73cf",
        "chainParentSerial": "0a530d2b-93b8-4b3c-a7d3-9e6c1d3f4e50",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-79",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "鈴木 真央",
          "email": "mao.suzuki74@example.co.jp",
          "createdAt": "2025-03-20T07:52:16.422539+00:00",
          "updatedAt": "2025-03-20T07:52:16.422539+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-dc4ab2"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T01:47:51.417667+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T01:47:51.478860+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: KIT-001 x1",
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
        "stock": 19
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
          "productId": 0,
          "delta": -1,
          "reason": "order",
          "orderId": 240,
          "stockAfter": 19,
          "at": "2025-04-02T01:47:51.417667+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}