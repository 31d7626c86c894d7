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
          "customerId": 56,
          "items": [
            {
              "productId": 23,
              "sku": "TOY-002",
              "qty": 1,
              "unitPrice": 10.25
            }
          ],
          "total": 10.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-28T00:42:00.097930+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "0835ebb3-c0a8-4e74-815a-45efdef0260f",
        "chainParentSerial": "385bad4b-9ab7-4068-a5a5-3cb1d36ba765",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-56",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Adam Ward",
          "email": "adam.ward46@example.net",
          "createdAt": "2025-03-11T08:02:09.044766+00:00",
          "updatedAt": "2025-03-11T08:02:09.044766+00:00",
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
              "timestamp": "2025-03-28T00:42:00.097930+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-28T00:42:00.175653+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-002 x1",
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
        "stock": 81
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
            "value": 1,
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
          "delta": -1,
          "reason": "order",
          "orderId": 204,
          "stockAfter": 81,
          "at": "2025-03-28T00:42:00.097930+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}