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
          "customerId": 82,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            },
            {
              "productId": 4,
              "sku": "KIT-005",
              "qty": 1,
              "unitPrice": 96.12
            },
            {
              "productId": 6,
              "sku": "TEA-002",
              "qty": 1,
              "unitPrice": 11.48
            }
          ],
          "total": 128.6,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-23T14:08:40.259168+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "c0700c9c-8bfb-45fd-9a77-4a402b114a41",
        "chainParentSerial": "20f5e6fe-7d79-4dfe-b075-317dd2abba47",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-82",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Jack Evans",
          "email": "jack.evans33@example.com",
          "createdAt": "2025-03-21T09:17:13.672859+00:00",
          "updatedAt": "2025-03-21T09:17:13.672859+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-83013a"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T14:08:40.259168+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T14:08:40.417327+00:00",
              "location": "CDN-Edge-KIX",
              "context": {
                "requestId": "28ca3a5aef6f41dc"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-23T14:08:40.538470+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-001 x1 KIT-005 x1 TEA-002 x1",
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
        "stock": 39
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 5,
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
        "stock": 31
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 4,
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
        "stock": 70
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 6,
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
          "productId": 5,
          "delta": -1,
          "reason": "order",
          "orderId": 175,
          "stockAfter": 39,
          "at": "2025-03-23T14:08:40.259168+00:00"
        },
        {
          "id": -1,
          "productId": 4,
          "delta": -1,
          "reason": "order",
          "orderId": 175,
          "stockAfter": 31,
          "at": "2025-03-23T14:08:40.259168+00:00"
        },
        {
          "id": -1,
          "productId": 6,
          "delta": -1,
          "reason": "order",
          "orderId": 175,
          "stockAfter": 70,
          "at": "2025-03-23T14:08:40.259168+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}