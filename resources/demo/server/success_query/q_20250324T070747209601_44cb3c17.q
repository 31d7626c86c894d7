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
          "customerId": 46,
          "items": [
            {
              "productId": 29,
              "sku": "OUT-004",
              "qty": 1,
              "unitPrice": 27.0
            }
          ],
          "total": 27.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T07:07:47.077325+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ee74fdfc-3482-43d3-9a1a-affcc1b22128",
        "chainParentSerial": "ab278bd8-8c28-460f-9c9a-927f7083e698",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-46",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Zoe Bennett",
          "email": "zoe.bennett98@example.org",
          "createdAt": "2025-03-06T02:48:56.154479+00:00",
          "updatedAt": "2025-03-06T02:48:56.154479+00:00",
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
              "timestamp": "2025-03-24T07:07:47.077325+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T07:07:47.164842+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-004 x1",
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
        "stock": 33
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 29,
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
          "productId": 29,
          "delta": -1,
          "reason": "order",
          "orderId": 181,
          "stockAfter": 33,
          "at": "2025-03-24T07:07:47.077325+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}