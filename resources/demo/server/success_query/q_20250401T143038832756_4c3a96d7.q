{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "greaterThanOrEqual_",
    "field": "createdAt",
    "value": "2025-03-31T15:00:00+00:00",
    "vType": "datetime_",
    "version": "2"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "total",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 10,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "af39ccfa-c737-436c-afd5-db856ad26cd6",
    "chainParentSerial": "fdc065a6-db87-4fc0-af10-c7dd5f5a820a",
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
          "timestamp": "2025-04-01T14:30:38.821753+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "本日の注文 (金額上位10件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "2a334f0d-ec2c-41e7-9bf7-f5cb51305895"
    },
    "confidenceScore": 1.0
  }
}