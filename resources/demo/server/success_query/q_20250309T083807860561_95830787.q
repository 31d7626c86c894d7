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
          "customerId": 40,
          "items": [
            {
              "productId": 21,
              "sku": "OUT-003",
              "qty": 1,
              "unitPrice": 9.03
            },
            {
              "productId": 13,
              "sku": "STA-004",
              "qty": 3,
              "unitPrice": 6.8
            }
          ],
          "total": 29.43,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-09T08:38:07.756331+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "f98c8bd9-d3ec-422c-86e0-0a63c75bce50",
        "chainParentSerial": "0455c145-285a-4061-82d6-c5cc399a0e2e",
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
              "timestamp": "2025-03-09T08:38:07.756331+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-09T08:38:07.819030+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-003 x1 STA-004 x3",
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
        "stock": 83
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 21,
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
        "stock": 66
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 13,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 3,
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
          "productId": 21,
          "delta": -1,
          "reason": "order",
          "orderId": 71,
          "stockAfter": 83,
          "at": "2025-03-09T08:38:07.756331+00:00"
        },
        {
          "id": -1,
          "productId": 13,
          "delta": -3,
          "reason": "order",
          "orderId": 71,
          "stockAfter": 66,
          "at": "2025-03-09T08:38:07.756331+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}