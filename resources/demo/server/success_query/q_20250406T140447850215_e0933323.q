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
        "cancelledAt": "2025-04-06T14:04:47.673449+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 265,
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
        "serial": "4a37c22d-6b92-48df-b3ce-b263d8fe4623",
        "chainParentSerial": "09cd5b3a-db1a-474b-8a25-e450562620cc",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-10",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Nora Hughes",
          "email": "nora.hughes19@example.net",
          "createdAt": "2024-12-06T21:40:14+00:00",
          "updatedAt": "2024-12-06T21:40:14+00:00",
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
              "timestamp": "2025-04-06T14:04:47.673449+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T14:04:47.833772+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #265",
        "why": "Cancelled by the customer",
        "from": "web shop (Chrome)",
        "context": {
          "orderId": 265
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
        "updatedAt": "2025-04-06T14:04:47.673449+00:00"
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
          "orderId": 265,
          "stockAfter": 81,
          "at": "2025-04-06T14:04:47.673449+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}