{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "50a489ba-d166-428f-9b54-976b77b63583",
    "chainParentSerial": "b5f86acd-4d1b-42e1-a046-59adf7c382db",
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
          "timestamp": "2025-03-24T14:31:24.908716+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "会員数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "7ba1c474-fd24-49b2-bb4d-b7c82954ada2"
    },
    "confidenceScore": 1.0
  }
}