{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "productId": 7,
      "delta": 1,
      "reason": "adjustment",
      "orderId": null,
      "stockAfter": 91,
      "at": "2025-03-12T05:09:21.509412+00:00"
    }
  ],
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "2165259d-6b9f-405a-af03-6e3c503848f7",
    "chainParentSerial": "727df2b2-3772-4b62-bfdd-d1be22a47807",
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
          "timestamp": "2025-03-12T05:09:21.509412+00:00",
          "location": "WarehouseScanner/2.1",
          "context": {
            "site": "Chiba DC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T05:09:21.654283+00:00",
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