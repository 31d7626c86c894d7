{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "renameField",
  "renameBefore": "phone",
  "renameAfter": "phoneNumber",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "88712e54-22b7-4430-b7ed-6ca75c6c478b",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "system",
      "id": "sys-migration",
      "collectionPermissions": null,
      "context": {
        "job": "schema-migration"
      },
      "name": "schema-migration",
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
          "timestamp": "2025-03-11T19:30:24.506585+00:00",
          "location": "MigrationRunner/1.4",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T19:30:24.629896+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Rename customers.phone to phoneNumber",
    "why": "API v2 naming convention (release 2.8.0)",
    "from": "deploy pipeline (migration step)",
    "context": {
      "migration": "2025-03-12-rename-phone",
      "node": "deploy-a"
    },
    "confidenceScore": 1.0
  }
}