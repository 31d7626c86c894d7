{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "greaterThanOrEqual_",
    "field": "createdAt",
    "value": "2025-03-07T15:00:00+00:00",
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
    "serial": "64caf041-215c-48c3-8402-b8ef3546e6ef",
    "chainParentSerial": "1e4cb088-ccdb-47eb-84fe-fec286c23027",
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
          "timestamp": "2025-03-08T14:30:33.819475+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "本日の注文 (金額上位10件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "8c9156e3-7519-4122-bfbb-778e56a8ad8b"
    },
    "confidenceScore": 1.0
  }
}