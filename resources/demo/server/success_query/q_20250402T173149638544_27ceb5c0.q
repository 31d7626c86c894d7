{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "add",
      "addData": [
        {
          "id": -1,
          "customerId": 97,
          "items": [
            {
              "productId": 23,
              "sku": "TOY-002",
              "qty": 2,
              "unitPrice": 10.25
            }
          ],
          "total": 20.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T17:31:49.563158+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "13834fa3-ce64-4b36-881b-d9c016508264",
        "chainParentSerial": "ed9bdb79-bcc8-43aa-803a-99997c660663",
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
              "timestamp": "2025-04-02T17:31:49.563158+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T17:31:49.582767+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-002 x2",
        "why": "Checkout from cart",
        "from": "web shop (Chrome)",
        "context": {
          "screen": "Checkout"
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
        "stock": 79
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 23,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 2,
            "vType": "auto_",
            "version": "2"
          }
        ],
        "version": "1"
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
          "delta": -2,
          "reason": "order",
          "orderId": 246,
          "stockAfter": 79,
          "at": "2025-04-02T17:31:49.563158+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}