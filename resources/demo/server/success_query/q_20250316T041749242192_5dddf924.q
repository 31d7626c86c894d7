{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "aiSuggestion": null,
    "updatedAt": "2025-03-16T04:17:49.155929+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 17,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "4ea77a29-2817-49a3-b0ca-ce8ed63f6da2",
    "chainParentSerial": "70590e03-be2e-4497-b78d-9fdbc9d97b60",
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
          "timestamp": "2025-03-16T04:17:49.155929+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T04:17:49.172006+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "35032ae8ad42fda5"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T04:17:49.211302+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Reject AI price suggestion",
    "why": "Keep the brand's price point",
    "from": "Admin console (Chrome)",
    "context": null,
    "confidenceScore": 1.0
  }
}