{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "shipped",
    "shippedAt": "2025-03-20T04:38:01.665496+00:00",
    "carrier": "DHL",
    "trackingNo": "JP3526518882"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 137,
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
    "serial": "70346146-a29f-460b-9f4c-2b489b390745",
    "chainParentSerial": "c9f2e4f6-3f1a-4c46-b047-c14c756e6fff",
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
          "timestamp": "2025-03-20T04:38:01.665496+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "Chiba DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T04:38:01.844992+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Shipped order #137",
    "why": "Picked and packed",
    "from": "Warehouse scanner",
    "context": {
      "station": "pack-3"
    },
    "confidenceScore": 1.0
  }
}