{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "delete",
  "queryNode": {
    "type": "lessThan_",
    "field": "at",
    "value": "2025-03-11T19:45:23.067310+00:00",
    "vType": "datetime_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "586928e9-0921-4262-a969-1f477aac894d",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "system",
      "id": "sys-retention",
      "collectionPermissions": null,
      "context": {
        "job": "inventory-log-retention",
        "keepDays": 21
      },
      "name": "log-retention",
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
          "timestamp": "2025-04-01T19:45:23.067310+00:00",
          "location": "batch-01",
          "context": {}
        }
      ]
    },
    "what": "Delete stock movements older than 21 days",
    "why": "Retention policy: movements are archived to the data warehouse nightly",
    "from": "batch-01 cron",
    "context": {
      "runId": "304818e2-52cf-451e-8622-23e20ee122c3"
    },
    "confidenceScore": 1.0
  }
}