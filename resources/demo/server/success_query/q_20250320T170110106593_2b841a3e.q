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
        "stock": 47,
        "updatedAt": "2025-03-20T17:01:10.079040+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 24,
        "vType": "auto_",
        "version": "2"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "54fa496f-05de-4fa1-8103-0122b1a9788d",
        "chainParentSerial": "d499db17-3434-4595-99fc-cbc517eb615b",
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
              "timestamp": "2025-03-20T17:01:10.079040+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "在庫補充: KIT-006 +40",
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
          "productId": 24,
          "delta": 40,
          "reason": "restock",
          "orderId": null,
          "stockAfter": 47,
          "at": "2025-03-20T17:01:10.079040+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}