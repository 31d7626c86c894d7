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
          "customerId": 43,
          "items": [
            {
              "productId": 23,
              "sku": "TOY-002",
              "qty": 1,
              "unitPrice": 10.25
            }
          ],
          "total": 10.25,
          "currency": "USD",
          "status": "pending",
          "createdAt": "2025-03-13T11:36:19.221196+00:00"
        }
      ],
      "returnData": true,
      "serialKey": "id",
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "e26ae1b3-2095-4d2a-b97c-7117fb94d07f",
        "chainParentSerial": "fbaafa05-a1ed-4caa-b57b-37a74cd7bb85",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-43",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "Samuel Johnson",
          "email": "samuel.johnson@example.org",
          "createdAt": "2025-03-04T09:29:24.903713+00:00",
          "updatedAt": "2025-03-04T09:29:24.903713+00:00",
          "lastAccess": null,
          "lastAccessDay": null,
          "operationInDay": null,
          "deviceIds": [
            "ios-149a12"
          ]
        },
        "when": {
          "className": "TemporalTrace",
          "version": "1",
          "nodes": [
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-13T11:36:19.221196+00:00",
              "location": "iOSApp/4.2.0",
              "context": {
                "tz": "UTC"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-13T11:36:19.318938+00:00",
              "location": "CDN-Edge-NRT",
              "context": {
                "requestId": "c764a479a7da00b9"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-13T11:36:19.390611+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "Place order: TOY-002 x1",
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
        "stock": 90
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 23,
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
          "productId": 23,
          "delta": -1,
          "reason": "order",
          "orderId": 102,
          "stockAfter": 90,
          "at": "2025-03-13T11:36:19.221196+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}