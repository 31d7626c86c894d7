{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "updateOne",
      "overrideData": {
        "status": "cancelled",
        "cancelledAt": "2025-04-03T04:05:35.444694+00:00",
        "cancelReason": "changed mind"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 246,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "in_",
            "field": "status",
            "values": [
              "pending",
              "paid"
            ],
            "version": "1"
          }
        ],
        "version": "1"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "f5a08b27-e175-4ef5-96c7-d16402008ea9",
        "chainParentSerial": "13834fa3-ce64-4b36-881b-d9c016508264",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-97",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Mia Ward",
          "email": "mia.ward53@example.net",
          "createdAt": "2025-03-28T06:44:58.178631+00:00",
          "updatedAt": "2025-03-28T06:44:58.178631+00:00",
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
              "timestamp": "2025-04-03T04:05:35.444694+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T04:05:35.566246+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #246",
        "why": "Cancelled by the customer",
        "from": "web shop (Chrome)",
        "context": {
          "orderId": 246
        },
        "confidenceScore": 1.0
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 81,
        "updatedAt": "2025-04-03T04:05:35.444694+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 23,
        "vType": "auto_",
        "version": "2"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "inventory_log",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "productId": 23,
          "delta": 2,
          "reason": "cancel",
          "orderId": 246,
          "stockAfter": 81,
          "at": "2025-04-03T04:05:35.444694+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}