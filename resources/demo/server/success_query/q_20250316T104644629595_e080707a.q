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
              "productId": 21,
              "sku": "OUT-003",
              "qty": 2,
              "unitPrice": 9.03
            },
            {
              "productId": 3,
              "sku": "KIT-004",
              "qty": 1,
              "unitPrice": 9.99
            }
          ],
          "total": 28.05,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-16T10:46:44.442589+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "5c937c67-42c9-44dd-ba89-b0500787ebbe",
        "chainParentSerial": "778f1293-b371-4fea-9da2-65f1c6a73182",
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
              "timestamp": "2025-03-16T10:46:44.442589+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T10:46:44.549562+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "968ee776ad925ba9"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-16T10:46:44.601747+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: OUT-003 x2 KIT-004 x1",
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
        "stock": 78
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
      "target": "products",
      "type": "updateOne",
      "overrideData": {
        "stock": 111
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 3,
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
          "productId": 21,
          "delta": -2,
          "reason": "order",
          "orderId": 124,
          "stockAfter": 78,
          "at": "2025-03-16T10:46:44.442589+00:00"
        },
        {
          "id": -1,
          "productId": 3,
          "delta": -1,
          "reason": "order",
          "orderId": 124,
          "stockAfter": 111,
          "at": "2025-03-16T10:46:44.442589+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}