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
    "serial": "7f04d780-c170-4808-bcf9-e6a2bf8d7665",
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
          "timestamp": "2025-04-03T17:00:15.060211+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "在庫僅少の商品を抽出",
    "why": "夜間自動補充 (閾値 8)",
    "from": "社内バッチサーバー (nightly-restock)",
    "context": {
      "runId": "2f46af9d-5a32-4a56-9e78-c2ee73590cef"
    },
    "confidenceScore": 1.0
  }
}