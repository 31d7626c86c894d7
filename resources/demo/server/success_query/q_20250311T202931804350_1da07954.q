{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "井上 結衣",
      "email": "yui.inoue30@example.jp",
      "phoneNumber": "+81-90-6531-9475",
      "country": "JP",
      "city": "Nagoya",
      "locale": "ja-JP",
      "createdAt": "2025-03-11T20:29:31.710747+00:00",
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
    "serial": "9196440a-39d9-4fab-b5f4-f9359228e02e",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-723d12",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "井上 結衣",
      "email": "yui.inoue30@example.jp",
      "createdAt": "2025-03-11T20:29:31.710747+00:00",
      "updatedAt": "2025-03-11T20:29:31.710747+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-8621c7"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T20:29:31.710747+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 10
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T20:29:31.782700+00:00",
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