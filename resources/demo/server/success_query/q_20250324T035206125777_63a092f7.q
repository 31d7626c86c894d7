{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "木村 翔太",
      "email": "shota.kimura@mail.example.ne.jp",
      "phoneNumber": "+81-90-9914-5764",
      "country": "JP",
      "city": "Sapporo",
      "locale": "ja-JP",
      "createdAt": "2025-03-24T03:52:06.015731+00:00",
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
    "serial": "d2651216-238d-4d26-8ec0-47c4c4e97424",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-eb014c",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "木村 翔太",
      "email": "shota.kimura@mail.example.ne.jp",
      "createdAt": "2025-03-24T03:52:06.015731+00:00",
      "updatedAt": "2025-03-24T03:52:06.015731+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-0c7a66"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T03:52:06.015731+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -31
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T03:52:06.113682+00:00",
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