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
        "stock": 57,
        "updatedAt": "2025-03-15T17:01:27.353034+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 2,
        "vType": "auto_",
        "version": "2"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "754587bd-8d30-4383-bfd1-c08f110a9b1a",
        "chainParentSerial": "bd59366d-4be6-4746-a58e-35c9a2700d51",
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
              "timestamp": "2025-03-15T17:01:27.353034+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "在庫補充: KIT-003 +50",
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
          "productId": 2,
          "delta": 50,
          "reason": "restock",
          "orderId": null,
          "stockAfter": 57,
          "at": "2025-03-15T17:01:27.353034+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}