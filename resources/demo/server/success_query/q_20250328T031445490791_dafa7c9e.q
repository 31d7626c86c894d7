{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 23,
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
    "serial": "fe19534f-7098-488e-98fa-d26c8b53457c",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-23",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Sophia Hill",
      "email": "sophia.hill@example.com",
      "createdAt": "2024-08-19T01:27:32+00:00",
      "updatedAt": "2024-08-19T01:27:32+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-1ecfbb"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T03:14:45.380261+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T03:14:45.421787+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "99f13f1299774272"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T03:14:45.452393+00:00",
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