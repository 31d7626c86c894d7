{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "price": 44.71,
    "aiSuggestion": null,
    "updatedAt": "2025-03-19T03:24:27.681449+00:00"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 15,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "15ca332f-14ec-45d2-abd7-d77ed014173a",
    "chainParentSerial": "9044c1c8-04a7-4243-b24a-da7ab8f07b9e",
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
          "timestamp": "2025-03-19T03:24:27.681449+00:00",
          "location": "AdminConsole/2025.3",
          "context": {}
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T03:24:27.852578+00:00",
          "location": "CDN-Edge-KIX",
          "context": {
            "requestId": "4647304ace5d3037"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T03:24:27.929951+00:00",
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