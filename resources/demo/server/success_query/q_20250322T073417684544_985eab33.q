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
              "productId": 17,
              "sku": "HOM-004",
              "qty": 1,
              "unitPrice": 13.2
            }
          ],
          "total": 13.2,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-22T07:34:17.516398+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "12a50666-68fc-403f-969c-20d613e3bf4c",
        "chainParentSerial": "ba771590-f4ae-42d1-b848-a19f3ef837f7",
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
              "timestamp": "2025-03-22T07:34:17.516398+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -21
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-22T07:34:17.644127+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-004 x1",
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
          "orderId": 166,
          "stockAfter": 37,
          "at": "2025-03-22T07:34:17.516398+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}