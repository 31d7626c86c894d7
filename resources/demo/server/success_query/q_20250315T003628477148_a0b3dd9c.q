{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "shipped",
    "shippedAt": "2025-03-15T00:36:28.291556+00:00",
    "carrier": "Yamato",
    "trackingNo": "JP3331011248"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 96,
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "equals_",
        "field": "status",
        "value": "paid",
        "vType": "auto_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "7bd1c707-e550-44b7-b0c8-deb92bcaeb28",
    "chainParentSerial": "e3ad5911-2dd8-402d-9cf9-3ebe6c611e9e",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "st-202",
      "collectionPermissions": null,
      "context": {
        "department": "Fulfilment"
      },
      "name": "Maria Lopez",
      "email": "maria.lopez@shop.example.jp",
      "createdAt": "2024-10-02T00:00:00.904377+00:00",
      "updatedAt": "2024-10-05T07:00:00.904377+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "scanner-CHB-11"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T00:36:28.291556+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "Chiba DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-15T00:36:28.453178+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Shipped order #96",
    "why": "Picked and packed",
    "from": "Warehouse scanner",
    "context": {
      "station": "pack-2"
    },
    "confidenceScore": 1.0
  }
}