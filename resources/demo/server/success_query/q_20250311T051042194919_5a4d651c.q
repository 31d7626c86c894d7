{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "price": 11.48,
    "aiSuggestion": null,
    "updatedAt": "2025-03-11T05:10:42.005191+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 6,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "75caddb7-8d36-4693-80f6-9c7ea2ef2e73",
    "chainParentSerial": "0cc277bf-c672-4085-abea-0d27c8097033",
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
          "timestamp": "2025-03-11T05:10:42.005191+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T05:10:42.126140+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "35ba6dd4861eac68"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T05:10:42.170736+00:00",
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