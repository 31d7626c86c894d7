{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "marketingOptIn": false
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 79,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "61147e77-e1f0-4ad0-97e6-ae7f1aacb243",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-79",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 真央",
      "email": "mao.suzuki74@example.co.jp",
      "createdAt": "2025-03-20T07:52:16.422539+00:00",
      "updatedAt": "2025-03-20T07:52:16.422539+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-dc4ab2"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T01:06:37.987698+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-05T01:06:38.052672+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "メール配信設定を変更",
    "why": "配信設定の見直し",
    "from": "iOSアプリ",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}