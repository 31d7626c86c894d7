{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "productId": 4,
      "delta": -2,
      "reason": "adjustment",
      "orderId": null,
      "stockAfter": 11,
      "at": "2025-03-14T05:05:10.227088+00:00"
    }
  ],
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "b8e3dae0-b82f-476d-be84-449ebd9fb292",
    "chainParentSerial": "70f3685f-cdd0-45bd-b529-4657528934dd",
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
          "timestamp": "2025-03-14T05:05:10.227088+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "Chiba DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-14T05:05:10.364697+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Record stock movement",
    "why": "Counted stock differs from the books",
    "from": "Warehouse scanner",
    "context": null,
    "confidenceScore": 1.0
  }
}