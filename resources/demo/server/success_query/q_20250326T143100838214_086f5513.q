{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "acf6a73e-5025-440e-9992-8173959315a1",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-26T14:31:00.819470+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "注文件数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "4fe5e13b-88e3-40ed-b75e-8538f8802608"
    },
    "confidenceScore": 1.0
  }
}