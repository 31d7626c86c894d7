{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "price": 58.9,
    "updatedAt": "2025-03-05T02:44:03.111461+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 2,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "eb9a0f17-0ffd-49ba-a68d-5f0e3da8f732",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "st-302",
      "collectionPermissions": null,
      "context": {
        "department": "Merchandising"
      },
      "name": "Oliver Bennett",
      "email": "oliver.bennett@shop.example.jp",
      "createdAt": "2024-08-05T00:00:00.077310+00:00",
      "updatedAt": "2024-08-08T07:00:00.077310+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "mac-91D0B7"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-05T02:44:03.111461+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-05T02:44:03.195914+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "c9249c372354773c"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-05T02:44:03.254007+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Price change: KIT-003",
    "why": "Supplier cost changed",
    "from": "Admin console (Chrome)",
    "context": null,
    "confidenceScore": 1.0
  }
}