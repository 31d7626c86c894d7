{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "sku": "HOM-006",
      "name": "Sakura Scented Candle",
      "category": "home",
      "price": 17.5,
      "stock": 40,
      "tags": [
        "fragrance",
        "spring"
      ],
      "active": true,
      "updatedAt": "2025-03-22T19:11:22.056530+00:00",
      "rating": null,
      "aiSuggestion": null
    },
    {
      "id": -1,
      "sku": "OUT-004",
      "name": "Sakura Picnic Sheet",
      "category": "outdoor",
      "price": 27.0,
      "stock": 35,
      "tags": [
        "spring",
        "camping"
      ],
      "active": true,
      "updatedAt": "2025-03-22T19:11:22.056530+00:00",
      "rating": null,
      "aiSuggestion": null
    },
    {
      "id": -1,
      "sku": "KIT-007",
      "name": "桜 小皿 5枚セット",
      "category": "kitchen",
      "price": 32.0,
      "stock": 20,
      "tags": [
        "spring",
        "gift"
      ],
      "active": true,
      "updatedAt": "2025-03-22T19:11:22.056530+00:00",
      "rating": null,
      "aiSuggestion": null
    }
  ],
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "ffdd6df1-ebc3-4881-a52e-8084d79d15fb",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-22T19:11:22.056530+00:00",
          "location": "CatalogImporter/0.9",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-22T19:11:22.162713+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Import 3 products from the supplier feed",
    "why": "Spring range launch",
    "from": "supplier CSV import",
    "context": {
      "file": "supplier-feed-2025-03-22.csv",
      "rows": 3
    },
    "confidenceScore": 1.0
  }
}