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
    "value": 116,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "2238ea4d-18cf-4651-9ea4-7ed0e000b913",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-116",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 真央",
      "email": "mao.suzuki@example.co.jp",
      "createdAt": "2025-04-03T03:59:12.505334+00:00",
      "updatedAt": "2025-04-03T03:59:12.505334+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-a94d95"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T07:55:29.013938+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -24
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T07:55:29.137631+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "メール配信設定を変更",
    "why": "配信設定の見直し",
    "from": "Androidアプリ",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}