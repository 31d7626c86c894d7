{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 22,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "095fa296-ad1b-4606-b917-d34261292b35",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-5",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Lucas Johnson",
      "email": "lucas.johnson24@example.org",
      "createdAt": "2024-11-16T14:57:55+00:00",
      "updatedAt": "2024-11-16T14:57:55+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-cbc2de"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-23T04:06:58.397354+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-23T04:06:58.491064+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "c800bb43980d0686"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-23T04:06:58.564485+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 22)",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}