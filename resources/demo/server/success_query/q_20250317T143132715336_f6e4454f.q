{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "greaterThanOrEqual_",
    "field": "createdAt",
    "value": "2025-03-16T15:00:00+00:00",
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
    "serial": "e267002d-791b-4642-9e59-b4be9dccdcbc",
    "chainParentSerial": "11db2871-fc5e-43bc-9509-9272aa890a2b",
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
          "timestamp": "2025-03-17T14:31:32.711873+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "本日の注文 (金額上位10件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "7246d461-5fbf-4a69-abae-c23feb9b7835"
    },
    "confidenceScore": 1.0
  }
}