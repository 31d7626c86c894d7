{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 35,
        "updatedAt": "2025-03-24T17:01:01.357311+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 22,
        "vType": "auto_",
        "version": "2"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "d7b2bbe6-b037-4925-9744-f3ca71fb714a",
        "chainParentSerial": "d52439b4-9588-45d8-8a88-b1a8ce3c595d",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "system",
          "id": "sys-restock",
          "collectionPermissions": null,
          "context": {
            "job": "nightly-restock",
            "threshold": 8
          },
          "name": "nightly-restock",
          "email": null,
          "createdAt": "2024-11-01T00:00:00+00:00",
          "updatedAt": "2025-02-20T04:30:00+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": null
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T17:01:01.357311+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "在庫補充: TOY-001 +30",
        "why": "仕入先からの入荷 (夜間自動補充)",
        "from": "社内バッチサーバー (nightly-restock)",
        "context": null,
        "confidenceScore": 1.0
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
          "productId": 22,
          "delta": 30,
          "reason": "restock",
          "orderId": null,
          "stockAfter": 35,
          "at": "2025-03-24T17:01:01.357311+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}