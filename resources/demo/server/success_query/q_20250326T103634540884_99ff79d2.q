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
          "customerId": 78,
          "items": [
            {
              "productId": 17,
              "sku": "HOM-004",
              "qty": 5,
              "unitPrice": 13.2
            }
          ],
          "total": 66.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-26T10:36:34.441435+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "f3bfb0cb-afc5-415a-b60a-de1f2b40e671",
        "chainParentSerial": "d38ad76a-70e8-49b6-88e9-a19e589e6a0b",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-78",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "清水 拓海",
          "email": "takumi.shimizu53@example.co.jp",
          "createdAt": "2025-03-20T06:17:08.580661+00:00",
          "updatedAt": "2025-03-20T06:17:08.580661+00:00",
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
              "timestamp": "2025-03-26T10:36:34.441435+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-26T10:36:34.497550+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文を確定: HOM-004 x5",
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
        "stock": 32
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
            "value": 5,
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
          "delta": -5,
          "reason": "order",
          "orderId": 194,
          "stockAfter": 32,
          "at": "2025-03-26T10:36:34.441435+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}