{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "83ca1f45-61c1-4a0b-a76a-ace32123ff04",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-94",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Ava Johnson",
      "email": "ava.johnson@example.net",
      "createdAt": "2025-03-26T12:31:02.340291+00:00",
      "updatedAt": "2025-03-26T12:31:02.340291+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": []
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T02:12:52.264898+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T02:12:52.416345+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show gift ideas",
    "why": "Browsing the catalog",
    "from": "web shop (Chrome)",
    "context": {
      "screen": "GiftGuide"
    },
    "confidenceScore": 1.0
  }
}