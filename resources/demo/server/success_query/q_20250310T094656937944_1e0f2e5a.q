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
        "cancelledAt": "2025-03-10T09:46:56.744947+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 71,
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
        "serial": "3e4cebd3-d0cf-4dbb-a043-5829f5e24ec5",
        "chainParentSerial": "ab319e49-9c7f-482f-8434-9613170f0672",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-40",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Olivia Parker",
          "email": "olivia.parker31@example.com",
          "createdAt": "2025-03-03T05:55:54.336534+00:00",
          "updatedAt": "2025-03-03T05:55:54.336534+00:00",
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
              "timestamp": "2025-03-10T09:46:56.744947+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T09:46:56.904413+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Cancel order and return stock #71",
        "why": "Cancelled by the customer",
        "from": "web shop (Chrome)",
        "context": {
          "orderId": 71
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
        "stock": 84,
        "updatedAt": "2025-03-10T09:46:56.744947+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 21,
        "vType": "auto_",
        "version": "2"
      }
    },
    {
      "className": "Query",
      "version": "7",
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 69,
        "updatedAt": "2025-03-10T09:46:56.744947+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 13,
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
          "productId": 21,
          "delta": 1,
          "reason": "cancel",
          "orderId": 71,
          "stockAfter": 84,
          "at": "2025-03-10T09:46:56.744947+00:00"
        },
        {
          "id": -1,
          "productId": 13,
          "delta": 3,
          "reason": "cancel",
          "orderId": 71,
          "stockAfter": 69,
          "at": "2025-03-10T09:46:56.744947+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}