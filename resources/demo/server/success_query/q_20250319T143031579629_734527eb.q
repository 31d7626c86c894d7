{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "getAll",
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "stock",
    "reversed": false,
    "vType": "auto_"
  },
  "limit": 5,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "a028e68f-f5ab-48ea-86a5-46d23ecb8b33",
    "chainParentSerial": "a3840d96-6ed4-4754-ad25-a4b161476d60",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "system",
      "id": "sys-report",
      "collectionPermissions": null,
      "context": {
        "job": "daily-report"
      },
      "name": "daily-report",
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
          "timestamp": "2025-03-19T14:30:31.544685+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "在庫の少ない商品 (5件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "fa103e9e-ed66-4d09-9fa6-61f608ef48c7"
    },
    "confidenceScore": 1.0
  }
}