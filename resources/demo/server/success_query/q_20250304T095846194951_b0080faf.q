{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "search",
  "queryNode": {
    "type": "equals_",
    "field": "customerId",
    "value": 3,
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
    "serial": "368d7fae-b749-482d-9571-4e263d8b3efd",
    "chainParentSerial": "1f89801e-c5aa-4fa7-9216-88fdf12bc7a8",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-3",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "Emily Hall",
      "email": "emily.hall90@example.org",
      "createdAt": "2024-11-10T17:22:51+00:00",
      "updatedAt": "2024-11-10T17:22:51+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-3c0c6e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T09:58:46.026046+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "UTC"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T09:58:46.065003+00:00",
          "location": "ApiGateway-ap-northeast-1",
          "context": {
            "requestId": "d7067afff2ad5451"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-04T09:58:46.169403+00:00",
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