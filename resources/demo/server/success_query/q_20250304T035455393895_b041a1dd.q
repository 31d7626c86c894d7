{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 27,
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
    "serial": "9af21f1a-ab48-4664-9722-3fd893639436",
    "chainParentSerial": "896097c5-bb57-4abc-a7cd-a55d54eee189",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-27",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "Isla Hughes",
      "email": "isla.hughes@example.net",
      "createdAt": "2024-12-16T19:56:36+00:00",
      "updatedAt": "2024-12-16T19:56:36+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-453e64"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T03:54:55.330653+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T03:54:55.346746+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "bcac794886d83daa"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T03:54:55.391819+00:00",
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