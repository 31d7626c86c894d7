{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "山田 美咲",
      "email": "misaki.yamada@example.jp",
      "phoneNumber": "+81-90-9122-6471",
      "country": "JP",
      "city": "Yokohama",
      "locale": "ja-JP",
      "createdAt": "2025-03-29T01:49:31.684228+00:00",
      "status": "active",
      "marketingOptIn": true,
      "loyaltyPoints": 0
    }
  ],
  "returnData": true,
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "f677e242-065a-4ae9-93af-d1c62cb46dab",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-2ce83e",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "山田 美咲",
      "email": "misaki.yamada@example.jp",
      "createdAt": "2025-03-29T01:49:31.684228+00:00",
      "updatedAt": "2025-03-29T01:49:31.684228+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-6426ed"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T01:49:31.684228+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -23
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T01:49:31.721712+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "会員登録",
    "why": "新規会員登録フォームの送信",
    "from": "Androidアプリ",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}