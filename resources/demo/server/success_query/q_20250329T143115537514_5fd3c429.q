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
    "serial": "ad97abbd-e710-406e-9b2e-7b57dddfd405",
    "chainParentSerial": "81331610-37d3-43e1-97bb-ef1fa7fe8dcb",
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
          "timestamp": "2025-03-29T14:31:15.531893+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "在庫の少ない商品 (5件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "554a13ec-1e33-436e-84c7-44d6172994eb"
    },
    "confidenceScore": 1.0
  }
}