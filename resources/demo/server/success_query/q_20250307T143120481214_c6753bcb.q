{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "cc655fc4-8495-4cb8-8f4d-7f2962fe4f9b",
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
          "timestamp": "2025-03-07T14:31:20.462782+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "注文件数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "988a7929-9800-47da-a77c-d62a26fb51cd"
    },
    "confidenceScore": 1.0
  }
}