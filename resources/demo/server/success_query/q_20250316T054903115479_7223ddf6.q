{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "productId": 19,
      "delta": -3,
      "reason": "adjustment",
      "orderId": null,
      "stockAfter": 15,
      "at": "2025-03-16T05:49:03.057585+00:00"
    }
  ],
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "ce5c8f55-120a-4068-a702-06d02350649c",
    "chainParentSerial": "be1fe4f4-8bbd-4b61-a8d3-73cd16d200aa",
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
          "timestamp": "2025-03-16T05:49:03.057585+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "Chiba DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T05:49:03.110887+00:00",
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