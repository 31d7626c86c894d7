{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 39,
    "vType": "auto_",
    "version": "2"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "createdAt",
    "reversed": true,
    "vType": "datetime_"
  },
  "limit": 5,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "8534dbaf-03f7-4e31-bde4-fd96412824b6",
    "chainParentSerial": "f72947aa-ce7b-432f-995c-adcbb2df7380",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-39",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Leah Hill",
      "email": "leah.hill@example.net",
      "createdAt": "2024-12-12T21:38:43+00:00",
      "updatedAt": "2024-12-12T21:38:43+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-18c49b"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T01:23:12.161884+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T01:23:12.210656+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "e67042d7602b2eb8"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-08T01:23:12.358493+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Show my orders",
    "why": "Checking order status",
    "from": "iOS app",
    "context": {
      "screen": "MyOrders"
    },
    "confidenceScore": 1.0
  }
}