{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "d8ab6169-cf4c-45f8-b35f-86308ca44a67",
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
          "timestamp": "2025-03-12T14:30:42.532892+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "注文件数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "d02cd939-bff7-43be-893d-15964660a863"
    },
    "confidenceScore": 1.0
  }
}