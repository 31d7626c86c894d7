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
              "productId": 22,
              "sku": "TOY-001",
              "qty": 2,
              "unitPrice": 16.0
            }
          ],
          "total": 32.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T06:45:52.871049+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "f4e77c2a-1c42-4245-9123-375d78d7d3a0",
        "chainParentSerial": "e2fcfb71-6ba5-4dd0-b5e2-f0afae760303",
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
              "timestamp": "2025-03-28T06:45:52.871049+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T06:45:53.027015+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-001 x2",
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
        "stock": 31
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 22,
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
          "productId": 22,
          "delta": -2,
          "reason": "order",
          "orderId": 206,
          "stockAfter": 31,
          "at": "2025-03-28T06:45:52.871049+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}