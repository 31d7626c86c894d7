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
              "productId": 17,
              "sku": "HOM-004",
              "qty": 1,
              "unitPrice": 13.2
            }
          ],
          "total": 13.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T23:23:35.109503+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "f28da48a-d0bb-45d1-9aa1-b62e6659edca",
        "chainParentSerial": "62687393-0861-4041-a62c-e2e3716d8fe7",
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
              "timestamp": "2025-03-24T23:23:35.109503+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T23:23:35.244135+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-004 x1",
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
        "stock": 37
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 17,
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
          "productId": 17,
          "delta": -1,
          "reason": "order",
          "orderId": 188,
          "stockAfter": 37,
          "at": "2025-03-24T23:23:35.109503+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}