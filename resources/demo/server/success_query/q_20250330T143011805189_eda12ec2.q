{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "7bff666b-f271-4a37-b7d8-f6570f7ab930",
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
          "timestamp": "2025-03-30T14:30:11.774518+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "注文件数を集計",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "4030721e-06ce-4102-835d-716df4162e03"
    },
    "confidenceScore": 1.0
  }
}