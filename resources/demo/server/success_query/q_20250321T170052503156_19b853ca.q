{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "lessThan_",
        "field": "stock",
        "value": 8,
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "not_",
        "condition": {
          "type": "contains_",
          "field": "tags",
          "value": "limited",
          "version": "1"
        },
        "version": "1"
      }
    ],
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "stock",
    "reversed": false,
    "vType": "auto_"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "7c6ae5a6-b4c7-4d13-90df-ff786bf8977f",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-21T17:00:52.471993+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "在庫僅少の商品を抽出",
    "why": "夜間自動補充 (閾値 8)",
    "from": "社内バッチサーバー (nightly-restock)",
    "context": {
      "runId": "4039b67c-1b58-4dde-a142-a11f798b693f"
    },
    "confidenceScore": 1.0
  }
}