{
  "className": "TransactionQuery",
  "version": "1",
  "queries": [
    {
      "className": "Query",
      "version": "7",
      "target": "orders",
      "type": "updateOne",
      "overrideData": {
        "status": "cancelled",
        "cancelledAt": "2025-03-04T08:01:23.011236+00:00",
        "cancelReason": "ordered by mistake"
      },
      "queryNode": {
        "type": "and_",
        "conditions": [
          {
            "type": "equals_",
            "field": "id",
            "value": 30,
            "vType": "auto_",
            "version": "2"
          },
          {
            "type": "in_",
            "field": "status",
            "values": [
              "pending",
              "paid"
            ],
            "version": "1"
          }
        ],
        "version": "1"
      },
      "cause": {
        "className": "Cause",
        "version": "1",
        "serial": "43cc7ed9-260e-4ace-8ece-277c9aad7a0c",
        "chainParentSerial": "342ab5ce-5070-49d2-aa34-08b91b33b1e7",
        "who": {
          "className": "Actor",
          "version": "6",
          "type": "human",
          "id": "cust-19",
          "collectionPermissions": null,
          "context": {
            "segment": "retail"
          },
          "name": "山田 健太",
          "email": "kenta.yamada@mail.example.ne.jp",
          "createdAt": "2024-10-11T21:11:50+00:00",
          "updatedAt": "2024-10-11T21:11:50+00:00",
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
              "timestamp": "2025-03-04T08:01:23.011236+00:00",
              "location": "WebBrowser/Chrome 134",
              "context": {
                "tz": "Asia/Tokyo"
              }
            },
            {
              "className": "TimestampNode",
              "version": "1",
              "timestamp": "2025-03-04T08:01:23.172683+00:00",
              "location": "DeltaTraceServer-01",
              "context": {}
            }
          ]
        },
        "what": "注文をキャンセルし在庫を戻す #30",
        "why": "お客様ご自身によるキャンセル",
        "from": "Webショップ (Chrome)",
        "context": {
          "orderId": 30
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
        "stock": 64,
        "updatedAt": "2025-03-04T08:01:23.011236+00:00"
      },
      "queryNode": {
        "type": "equals_",
        "field": "id",
        "value": 16,
        "vType": "auto_",
        "version": "2"
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
          "delta": 2,
          "reason": "cancel",
          "orderId": 30,
          "stockAfter": 64,
          "at": "2025-03-04T08:01:23.011236+00:00"
        }
      ],
      "serialKey": "id"
    }
  ]
}