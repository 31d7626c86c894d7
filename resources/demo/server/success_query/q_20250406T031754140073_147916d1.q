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
    "value": 86,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "093858f3-3c4d-4862-8498-6356524ad423",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-86",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "山田 真央",
      "email": "mao.yamada33@mail.example.ne.jp",
      "createdAt": "2025-03-23T11:25:53.701268+00:00",
      "updatedAt": "2025-03-23T11:25:53.701268+00:00",
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
          "timestamp": "2025-04-06T03:17:53.952837+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-06T03:17:54.117451+00:00",
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