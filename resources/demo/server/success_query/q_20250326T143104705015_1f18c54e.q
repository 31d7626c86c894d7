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
    "serial": "a7f130c6-cd9a-4e7c-a31a-0cc4faea42d7",
    "chainParentSerial": "8391e460-ef7a-48f3-88a3-e34ef7cdb8bb",
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
          "timestamp": "2025-03-26T14:31:04.695104+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "在庫の少ない商品 (5件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "4fe5e13b-88e3-40ed-b75e-8538f8802608"
    },
    "confidenceScore": 1.0
  }
}