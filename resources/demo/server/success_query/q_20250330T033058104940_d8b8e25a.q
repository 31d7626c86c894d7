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
          "customerId": 92,
          "items": [
            {
              "productId": 15,
              "sku": "HOM-002",
              "qty": 4,
              "unitPrice": 44.71
            }
          ],
          "total": 178.84,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-30T03:30:57.781827+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "e8ae67bf-16b6-4777-85ad-608090254f26",
        "chainParentSerial": "d536867b-b02b-4f38-b50e-06d866d3c9cd",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-92",
          "collectionPermissions": null,
          "context": {
            "segment": "vip"
          },
          "name": "Nora Evans",
          "email": "nora.evans@example.com",
          "createdAt": "2025-03-25T19:25:53.690919+00:00",
          "updatedAt": "2025-03-25T19:25:53.690919+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-1808bc"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T03:30:57.781827+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T03:30:57.958574+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "48b89cb4610c37da"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-30T03:30:58.070794+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: HOM-002 x4",
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
        "stock": 42
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 15,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "greaterThanOrEqual_",
            "field": "stock",
            "value": 4,
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
          "productId": 15,
          "delta": -4,
          "reason": "order",
          "orderId": 224,
          "stockAfter": 42,
          "at": "2025-03-30T03:30:57.781827+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}