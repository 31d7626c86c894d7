{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "d579e11e-a40a-4bca-8168-0dfa5a8d24ce",
    "chainParentSerial": "497ef772-90e6-4c67-8feb-ec5530a66ed6",
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
          "timestamp": "2025-03-09T14:31:28.495200+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "会員数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "7087d9fe-376b-412a-9352-9695e3c1f287"
    },
    "confidenceScore": 1.0
  }
}