{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "marketingOptIn": true
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 38,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "c912e06b-957a-4c93-ab27-707313f81ec0",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-38",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "小林 葵",
      "email": "aoi.kobayashi@example.co.jp",
      "createdAt": "2024-08-05T21:53:16+00:00",
      "updatedAt": "2024-08-05T21:53:16+00:00",
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
          "timestamp": "2025-03-18T18:15:52.199303+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T18:15:52.356562+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "メール配信設定を変更",
    "why": "配信設定の見直し",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}