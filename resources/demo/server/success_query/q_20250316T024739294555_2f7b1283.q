{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "price": 10.35,
    "aiSuggestion": null,
    "updatedAt": "2025-03-16T02:47:39.026960+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 12,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "23d6a3fa-0636-4e26-b16f-b52dd79154fb",
    "chainParentSerial": "c4764a90-7f69-4cc4-bfc1-f23a8febaa3a",
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
          "timestamp": "2025-03-16T02:47:39.026960+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T02:47:39.114868+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "790b030ecad436a5"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T02:47:39.284263+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Approve AI price suggestion",
    "why": "Reasoning checks out",
    "from": "Admin console (Chrome)",
    "context": null,
    "confidenceScore": 1.0
  }
}