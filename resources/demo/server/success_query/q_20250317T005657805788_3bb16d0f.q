{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "status": "shipped",
    "shippedAt": "2025-03-17T00:56:57.760911+00:00",
    "carrier": "Sagawa",
    "trackingNo": "JP3710763892"
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 113,
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
    "serial": "680a4734-a64d-4798-abd5-f27ac3936ece",
    "chainParentSerial": "b9333589-9eeb-4c01-a974-c39c326002cb",
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
          "timestamp": "2025-03-17T00:56:57.760911+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "Chiba DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-17T00:56:57.803758+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Shipped order #113",
    "why": "Picked and packed",
    "from": "Warehouse scanner",
    "context": {
      "station": "pack-2"
    },
    "confidenceScore": 1.0
  }
}