{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "鈴木 真央",
      "email": "mao.suzuki@example.co.jp",
      "phoneNumber": "+81-90-0785-7841",
      "country": "JP",
      "city": "Tokyo",
      "locale": "ja-JP",
      "createdAt": "2025-04-03T03:59:12.505334+00:00",
      "status": "active",
      "marketingOptIn": false,
      "loyaltyPoints": 0
    }
  ],
  "returnData": true,
  "serialKey": "id",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "08780327-6bd0-4243-b634-d022b88878dd",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-458f64",
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
          "timestamp": "2025-04-03T03:59:12.505334+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -24
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-03T03:59:12.660356+00:00",
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