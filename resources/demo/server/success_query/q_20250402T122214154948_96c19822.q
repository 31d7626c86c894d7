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
          "customerId": 90,
          "items": [
            {
              "productId": 28,
              "sku": "HOM-006",
              "qty": 1,
              "unitPrice": 17.5
            }
          ],
          "total": 17.5,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-04-02T12:22:14.053877+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "4098c08c-92d3-42a9-869a-1c6fd623e754",
        "chainParentSerial": "65b27a2f-cf07-4e01-a199-621eb129a2a9",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-90",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Emily Baker",
          "email": "emily.baker@example.com",
          "createdAt": "2025-03-24T11:20:06.143471+00:00",
          "updatedAt": "2025-03-24T11:20:06.143471+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "android-f04d87"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T12:22:14.053877+00:00",
              "location": "AndroidApp/4.1.3",
              "context": {
                "tz": "UTC",
                "clockSkewMs": -18
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-04-02T12:22:14.144780+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-006 x1",
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
            "value": 28,
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
          "productId": 28,
          "delta": -1,
          "reason": "order",
          "orderId": 244,
          "stockAfter": 37,
          "at": "2025-04-02T12:22:14.053877+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}