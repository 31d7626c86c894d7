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
              "productId": 17,
              "sku": "HOM-004",
              "qty": 5,
              "unitPrice": 13.2
            }
          ],
          "total": 66.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-13T14:33:08.431363+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "1f9563fe-e431-4ff9-b897-277984fb5402",
        "chainParentSerial": "16b925ba-428f-4d69-9531-60023e16493f",
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
              "timestamp": "2025-03-13T14:33:08.431363+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-13T14:33:08.486952+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-004 x5",
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
        "stock": 40
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
            "value": 5,
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
          "delta": -5,
          "reason": "order",
          "orderId": 104,
          "stockAfter": 40,
          "at": "2025-03-13T14:33:08.431363+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}