{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "b3f80859-eac5-46cf-8df9-3dbc5c141c06",
    "chainParentSerial": "b00ea8c6-e0fc-4906-9700-0a7d06da9334",
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
          "timestamp": "2025-04-03T14:30:08.517767+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "会員数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "3efad59a-ffcf-4cab-a5f0-a59075467758"
    },
    "confidenceScore": 1.0
  }
}