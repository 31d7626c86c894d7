{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "searchOne",
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 8,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "574abb29-c2cb-4f7f-91cd-f434cc1e0e35",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-43",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Samuel Johnson",
      "email": "samuel.johnson@example.org",
      "createdAt": "2025-03-04T09:29:24.903713+00:00",
      "updatedAt": "2025-03-04T09:29:24.903713+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-149a12"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T13:26:22.349654+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T13:26:22.406368+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "0ae2049cab5ea610"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T13:26:22.571286+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "View product details (id 8)",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "ProductDetail"
    },
    "confidenceScore": 1.0
  }
}