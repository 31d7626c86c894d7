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
          "customerId": 91,
          "items": [
            {
              "productId": 20,
              "sku": "OUT-002",
              "qty": 1,
              "unitPrice": 31.32
            }
          ],
          "total": 31.32,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-03T04:49:57.117867+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5926744f-a7cc-4b43-a513-dafc0dc42011",
        "chainParentSerial": "b5a763f5-be19-43b1-b862-38271e6341de",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-91",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Emily Bennett",
          "email": "emily.bennett@example.org",
          "createdAt": "2025-03-24T23:21:42.546221+00:00",
          "updatedAt": "2025-03-24T23:21:42.546221+00:00",
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
              "timestamp": "2025-04-03T04:49:57.117867+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-03T04:49:57.258557+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-002 x1",
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
        "stock": 9
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 20,
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
          "productId": 20,
          "delta": -1,
          "reason": "order",
          "orderId": 251,
          "stockAfter": 9,
          "at": "2025-04-03T04:49:57.117867+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}