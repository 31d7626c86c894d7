{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "40522a12-8588-49ec-8d38-1010e525e265",
    "chainParentSerial": "f9b7ad4b-dc45-481d-9f5a-b5ab870b871f",
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
          "timestamp": "2025-03-04T14:30:11.026668+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "会員数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "0c24fa1f-b5a5-484f-9bf3-00b6ab446314"
    },
    "confidenceScore": 1.0
  }
}