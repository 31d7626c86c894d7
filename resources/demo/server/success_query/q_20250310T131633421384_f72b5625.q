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
          "customerId": 13,
          "items": [
            {
              "productId": 14,
              "sku": "HOM-001",
              "qty": 1,
              "unitPrice": 55.0
            }
          ],
          "total": 55.0,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-10T13:16:33.124259+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "788d63c7-5fe5-49e2-83e7-f87f3d43d942",
        "chainParentSerial": "60c3ff9a-15ef-4a25-bd27-cda18833d4bf",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-13",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Ava Hughes",
          "email": "ava.hughes64@example.net",
          "createdAt": "2025-02-17T13:14:24+00:00",
          "updatedAt": "2025-02-17T13:14:24+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-f33d66"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T13:16:33.124259+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T13:16:33.295749+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "2369fb62e9499de6"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-10T13:16:33.376512+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-001 x1",
        "why": "Checkout from cart",
        "from": "iOS app",
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
        "stock": 56
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 14,
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
          "productId": 14,
          "delta": -1,
          "reason": "order",
          "orderId": 79,
          "stockAfter": 56,
          "at": "2025-03-10T13:16:33.124259+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}