{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "fa6506b2-009e-48c6-827b-f50d20ad84b4",
    "chainParentSerial": "d1150411-0594-450b-a098-98c3dc8454c5",
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
          "timestamp": "2025-03-23T14:30:17.474658+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "会員数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "dcdf37bf-e0a3-4faf-819b-666d5972f479"
    },
    "confidenceScore": 1.0
  }
}