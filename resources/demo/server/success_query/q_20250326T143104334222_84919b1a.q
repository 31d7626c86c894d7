{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "greaterThanOrEqual_",
    "field": "createdAt",
    "value": "2025-03-25T15:00:00+00:00",
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
    "serial": "8391e460-ef7a-48f3-88a3-e34ef7cdb8bb",
    "chainParentSerial": "4a6830d1-9c71-41a5-a38c-d0477f9bc0f0",
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
          "timestamp": "2025-03-26T14:31:04.297564+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "本日の注文 (金額上位10件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "4fe5e13b-88e3-40ed-b75e-8538f8802608"
    },
    "confidenceScore": 1.0
  }
}