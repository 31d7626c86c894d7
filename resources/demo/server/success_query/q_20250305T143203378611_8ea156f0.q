{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "getAll",
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "stock",
    "reversed": false,
    "vType": "auto_"
  },
  "limit": 5,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "a0b69629-2b05-4574-83ce-690a081432af",
    "chainParentSerial": "39ba3364-cb62-47b6-80b9-f114b31571c4",
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
          "timestamp": "2025-03-05T14:32:03.349398+00:00",
          "location": "batch-02",
          "context": {}
        }
      ]
    },
    "what": "在庫の少ない商品 (5件)",
    "why": "日次売上レポート",
    "from": "batch-02 (reporting)",
    "context": {
      "runId": "b05841da-6133-4644-9a58-a95339efc919"
    },
    "confidenceScore": 1.0
  }
}