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
          "customerId": 69,
          "items": [
            {
              "productId": 16,
              "sku": "HOM-003",
              "qty": 1,
              "unitPrice": 19.8
            },
            {
              "productId": 24,
              "sku": "KIT-006",
              "qty": 2,
              "unitPrice": 74.0
            }
          ],
          "total": 167.8,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-24T01:13:11.958724+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "74a8becc-b029-4519-8e0e-6c60766c1f98",
        "chainParentSerial": "264a366a-25bc-4aee-be35-c110328ea6e9",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-69",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Grace Johnson",
          "email": "grace.johnson38@example.org",
          "createdAt": "2025-03-17T11:09:37.090650+00:00",
          "updatedAt": "2025-03-17T11:09:37.090650+00:00",
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
              "timestamp": "2025-03-24T01:13:11.958724+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-24T01:13:12.129527+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-003 x1 KIT-006 x2",
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
        "stock": 53
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 16,
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
        "stock": 44
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 24,
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
          "productId": 16,
          "delta": -1,
          "reason": "order",
          "orderId": 176,
          "stockAfter": 53,
          "at": "2025-03-24T01:13:11.958724+00:00"
        },
        {
          "id": -1,
          "productId": 24,
          "delta": -2,
          "reason": "order",
          "orderId": 176,
          "stockAfter": 44,
          "at": "2025-03-24T01:13:11.958724+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}