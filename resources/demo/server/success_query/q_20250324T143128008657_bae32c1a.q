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
    "serial": "07a41911-e187-4ad4-85e5-e6d75f9be659",
    "chainParentSerial": "38379cb4-642f-4025-ae2f-f1c2c1e0ff9a",
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
          "timestamp": "2025-03-24T14:31:27.999555+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "在庫の少ない商品 (5件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "7ba1c474-fd24-49b2-bb4d-b7c82954ada2"
    },
    "confidenceScore": 1.0
  }
}