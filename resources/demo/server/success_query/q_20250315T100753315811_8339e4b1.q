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
          "customerId": 46,
          "items": [
            {
              "productId": 5,
              "sku": "TEA-001",
              "qty": 1,
              "unitPrice": 21.0
            },
            {
              "productId": 8,
              "sku": "FOD-001",
              "qty": 1,
              "unitPrice": 7.25
            },
            {
              "productId": 27,
              "sku": "KIT-LTD1",
              "qty": 1,
              "unitPrice": 120.0
            }
          ],
          "total": 148.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-15T10:07:53.161165+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "1305a181-6cad-416b-a543-54e19887318d",
        "chainParentSerial": null,
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-46",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Zoe Bennett",
          "email": "zoe.bennett98@example.org",
          "createdAt": "2025-03-06T02:48:56.154479+00:00",
          "updatedAt": "2025-03-06T02:48:56.154479+00:00",
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
              "timestamp": "2025-03-15T10:07:53.161165+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-15T10:07:53.253557+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TEA-001 x1 FOD-001 x1 KIT-LTD1 x1",
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
        "stock": 46
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
        "stock": 65
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 8,
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
        "stock": 0
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 27,
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
          "orderId": 118,
          "stockAfter": 46,
          "at": "2025-03-15T10:07:53.161165+00:00"
        },
        {
          "id": -1,
          "productId": 8,
          "delta": -1,
          "reason": "order",
          "orderId": 118,
          "stockAfter": 65,
          "at": "2025-03-15T10:07:53.161165+00:00"
        },
        {
          "id": -1,
          "productId": 27,
          "delta": -1,
          "reason": "order",
          "orderId": 118,
          "stockAfter": 0,
          "at": "2025-03-15T10:07:53.161165+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}