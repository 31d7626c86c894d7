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
    "serial": "5810d173-968e-4af2-97af-af490ae02163",
    "chainParentSerial": "e5f1a3ae-68e4-4302-84d5-c761133824b0",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-84",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Noah Adams",
      "email": "noah.adams@example.net",
      "createdAt": "2025-03-22T05:05:35.076214+00:00",
      "updatedAt": "2025-03-22T05:05:35.076214+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-bd48b0"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T13:30:54.298406+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T13:30:54.466284+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "43375f8302ba53a7"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T13:30:54.512231+00:00",
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