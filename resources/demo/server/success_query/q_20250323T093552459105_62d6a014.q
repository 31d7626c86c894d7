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
          "customerId": 66,
          "items": [
            {
              "productId": 13,
              "sku": "STA-004",
              "qty": 2,
              "unitPrice": 6.8
            }
          ],
          "total": 13.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-23T09:35:52.400564+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "77c1365d-0eed-4a99-a488-74f9d7bbe0e2",
        "chainParentSerial": "fad45ea8-b070-4add-82ed-32a5995510fb",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-66",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Oscar Turner",
          "email": "oscar.turner@example.com",
          "createdAt": "2025-03-15T07:06:58.392884+00:00",
          "updatedAt": "2025-03-15T07:06:58.392884+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-79b41d"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T09:35:52.400564+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -21
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T09:35:52.418856+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: STA-004 x2",
        "why": "Checkout from cart",
        "from": "Android app",
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
          "productId": 13,
          "delta": -2,
          "reason": "order",
          "orderId": 171,
          "stockAfter": 66,
          "at": "2025-03-23T09:35:52.400564+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}