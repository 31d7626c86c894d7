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
        "stock": 46,
        "updatedAt": "2025-03-19T17:00:12.750945+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 15,
        "vType": "auto_",
        "version": "2"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "36225eeb-5233-4efb-b058-ca5bff6e36fd",
        "chainParentSerial": "43846733-0350-4d14-b0e1-1a1650c42fe2",
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
              "timestamp": "2025-03-19T17:00:12.750945+00:00",
              "location": "batch-01",
              "context": {}
            }
          ]
        },
        "what": "在庫補充: HOM-002 +40",
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
          "productId": 15,
          "delta": 40,
          "reason": "restock",
          "orderId": null,
          "stockAfter": 46,
          "at": "2025-03-19T17:00:12.750945+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}