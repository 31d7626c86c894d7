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
              "productId": 10,
              "sku": "STA-001",
              "qty": 1,
              "unitPrice": 14.0
            }
          ],
          "total": 14.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-18T21:42:35.591300+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "b4682b99-fbbe-488b-baa0-d7e1471ca456",
        "chainParentSerial": "a670238a-1bde-46b4-bba8-5b20a119be8e",
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
              "timestamp": "2025-03-18T21:42:35.591300+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-18T21:42:35.684452+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-001 x1",
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
        "stock": 93
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 10,
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
          "productId": 10,
          "delta": -1,
          "reason": "order",
          "orderId": 140,
          "stockAfter": 93,
          "at": "2025-03-18T21:42:35.591300+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}