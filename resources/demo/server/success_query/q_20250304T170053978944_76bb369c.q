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
        "updatedAt": "2025-03-04T17:00:53.930562+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 14,
        "vType": "auto_",
        "version": "2"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "85b68c9d-d936-4f94-80fe-833d2cdc8194",
        "chainParentSerial": "f448121b-7d3d-4d1c-915b-8b9a060312bb",
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
              "timestamp": "2025-03-04T17:00:53.930562+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "在庫補充: HOM-001 +50",
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
          "productId": 14,
          "delta": 50,
          "reason": "restock",
          "orderId": null,
          "stockAfter": 57,
          "at": "2025-03-04T17:00:53.930562+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}