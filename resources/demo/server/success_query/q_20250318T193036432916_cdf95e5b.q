{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "conformToTemplate",
  "template": {
    "id": "",
    "sku": "",
    "name": "",
    "category": "",
    "price": 0.0,
    "stock": 0,
    "tags": [],
    "active": true,
    "updatedAt": null,
    "rating": null,
    "aiSuggestion": null
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "35af15fb-9d80-4e77-ab2c-e1b40813a9f8",
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
          "timestamp": "2025-03-18T19:30:36.230235+00:00",
          "location": "MigrationRunner/1.4",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T19:30:36.397754+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Conform products to schema v2",
    "why": "Drop legacySku (old ERP retired), add rating and aiSuggestion",
    "from": "deploy pipeline (migration step)",
    "context": {
      "migration": "2025-03-19-products-v2"
    },
    "confidenceScore": 1.0
  }
}