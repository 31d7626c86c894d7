{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Fukuoka",
    "phoneNumber": "+81-90-5183-4564"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 1,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "9b4eca6d-d78a-4ab3-9718-e094d3c70ee5",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-1",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "加藤 蓮",
      "email": "ren.kato@example.co.jp",
      "createdAt": "2024-09-29T16:28:05+00:00",
      "updatedAt": "2024-09-29T16:28:05+00:00",
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
          "timestamp": "2025-03-30T08:55:49.734899+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T08:55:49.783164+00:00",
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