{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "greaterThanOrEqual_",
    "field": "createdAt",
    "value": "2025-03-11T15:00:00+00:00",
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
    "serial": "f34f0682-e268-4b93-86ad-6434d2d75a02",
    "chainParentSerial": "55d3fc04-a6a7-47dc-aa9d-4073697a5468",
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
          "timestamp": "2025-03-12T14:30:46.716246+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "本日の注文 (金額上位10件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "d02cd939-bff7-43be-893d-15964660a863"
    },
    "confidenceScore": 1.0
  }
}