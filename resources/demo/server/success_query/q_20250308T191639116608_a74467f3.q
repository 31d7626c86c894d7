{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "sku": "KIT-006",
      "name": "Donabe Rice Pot (2 cups)",
      "category": "kitchen",
      "price": 74.0,
      "stock": 10,
      "tags": [
        "chef"
      ],
      "active": true,
      "updatedAt": "2025-03-08T19:11:22.803235+00:00"
    },
    {
      "id": -1,
      "sku": "TEA-004",
      "name": "玄米茶 200g",
      "category": "food",
      "price": 9.6,
      "stock": 50,
      "tags": [
        "tea"
      ],
      "active": true,
      "updatedAt": "2025-03-08T19:11:22.803235+00:00"
    },
    {
      "id": -1,
      "sku": "STA-005",
      "name": "Brass Desk Ruler 15cm",
      "category": "stationery",
      "price": 22.0,
      "stock": 30,
      "tags": [
        "writing",
        "gift"
      ],
      "active": true,
      "updatedAt": "2025-03-08T19:11:22.803235+00:00"
    }
  ],
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "5dad3af8-d62a-49a7-b123-91ca0e082bc8",
    "chainParentSerial": "2a7929bd-3c1b-4cc5-b95a-c3cf4b7bb58a",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "system",
      "id": "sys-catalog-import",
      "collectionPermissions": null,
      "context": {
        "job": "catalog-import",
        "source": "supplier-feed.csv"
      },
      "name": "catalog-import",
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
          "timestamp": "2025-03-08T19:16:39.068533+00:00",
          "location": "CatalogImporter/0.9",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T19:16:39.094862+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Import 3 products from the supplier feed",
    "why": "Spring range launch (re-run after fixing row 2 of the feed)",
    "from": "supplier CSV import",
    "context": {
      "file": "supplier-feed-2025-03-08.csv",
      "rows": 3
    },
    "confidenceScore": 1.0
  }
}