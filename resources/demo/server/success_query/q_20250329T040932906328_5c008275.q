{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "吉田 拓海",
      "email": "takumi.yoshida75@example.co.jp",
      "phoneNumber": "+81-90-8363-7546",
      "country": "JP",
      "city": "Tokyo",
      "locale": "ja-JP",
      "createdAt": "2025-03-29T04:09:32.704670+00:00",
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
    "serial": "d8db0292-22aa-4361-9dff-387dbb6408ad",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-3b76c0",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "吉田 拓海",
      "email": "takumi.yoshida75@example.co.jp",
      "createdAt": "2025-03-29T04:09:32.704670+00:00",
      "updatedAt": "2025-03-29T04:09:32.704670+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-2fbca5"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T04:09:32.704670+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -28
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T04:09:32.871688+00:00",
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