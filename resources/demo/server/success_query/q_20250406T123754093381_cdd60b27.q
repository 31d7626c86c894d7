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
          "customerId": 73,
          "items": [
            {
              "productId": 7,
              "sku": "TEA-003",
              "qty": 1,
              "unitPrice": 8.4
            },
            {
              "productId": 0,
              "sku": "KIT-001",
              "qty": 2,
              "unitPrice": 22.05
            }
          ],
          "total": 52.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-06T12:37:53.914097+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "ed65315a-7082-4446-9bda-d0b6b38b6b7b",
        "chainParentSerial": "c0b201b2-881e-4902-95c4-a19bc1cc8c29",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-73",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Lucas Foster",
          "email": "lucas.foster@example.com",
          "createdAt": "2025-03-18T21:41:15.208133+00:00",
          "updatedAt": "2025-03-18T21:41:15.208133+00:00",
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
              "timestamp": "2025-04-06T12:37:53.914097+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-06T12:37:54.041961+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-003 x1 KIT-001 x2",
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
        "stock": 80
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 7,
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 16
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 0,
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
          "productId": 7,
          "delta": -1,
          "reason": "order",
          "orderId": 273,
          "stockAfter": 80,
          "at": "2025-04-06T12:37:53.914097+00:00"
        },
        {
          "id": -1,
          "productId": 0,
          "delta": -2,
          "reason": "order",
          "orderId": 273,
          "stockAfter": 16,
          "at": "2025-04-06T12:37:53.914097+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}