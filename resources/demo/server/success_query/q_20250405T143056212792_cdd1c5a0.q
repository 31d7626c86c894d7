{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "471f3037-3610-4ad8-8c38-92df8ddee8e4",
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
          "timestamp": "2025-04-05T14:30:56.206827+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "注文件数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "80f21f88-2a84-4431-9233-6dd5f137cdbe"
    },
    "confidenceScore": 1.0
  }
}