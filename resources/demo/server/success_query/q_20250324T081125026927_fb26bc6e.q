{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "getAll",
  "sortObj": {
    "className": "MultiSort",
    "version": "1",
    "sortOrders": [
      {
        "className": "SingleSort",
        "version": "5",
        "field": "category",
        "reversed": false,
        "vType": "auto_"
      },
      {
        "className": "SingleSort",
        "version": "5",
        "field": "price",
        "reversed": false,
        "vType": "auto_"
      }
    ]
  },
  "offset": 12,
  "limit": 12,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "5916bab3-0dc6-4b99-9999-8807899b0573",
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
          "timestamp": "2025-03-24T08:11:24.705882+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T08:11:24.869064+00:00",
          "location": "CDN-Edge-NRT",
          "context": {
            "requestId": "793264d3f5e63ff7"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T08:11:24.988186+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Catalog page 2",
    "why": "Browsing the catalog",
    "from": "iOS app",
    "context": {
      "screen": "Catalog"
    },
    "confidenceScore": 1.0
  }
}