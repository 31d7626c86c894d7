{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Osaka",
    "phoneNumber": "+81-90-0176-8081"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 99,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "465508c8-b38a-4cf7-bbe1-5e079953620d",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-99",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "木村 蓮",
      "email": "ren.kimura75@example.co.jp",
      "createdAt": "2025-03-28T10:42:53.919315+00:00",
      "updatedAt": "2025-03-28T10:42:53.919315+00:00",
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
          "timestamp": "2025-04-02T11:16:15.996006+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-02T11:16:16.074787+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "住所・電話番号を変更",
    "why": "引っ越しのため",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}