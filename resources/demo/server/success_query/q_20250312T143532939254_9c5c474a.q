{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "木村 美咲",
      "email": "misaki.kimura@example.jp",
      "phoneNumber": "+81-90-5511-0582",
      "country": "JP",
      "city": "Osaka",
      "locale": "ja-JP",
      "createdAt": "2025-03-12T14:35:32.888900+00:00",
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
    "serial": "ef6ea4cb-e392-419e-80b6-f0de743678e8",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-bf05ef",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "木村 美咲",
      "email": "misaki.kimura@example.jp",
      "createdAt": "2025-03-12T14:35:32.888900+00:00",
      "updatedAt": "2025-03-12T14:35:32.888900+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-4aeb10"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T14:35:32.888900+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 6
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T14:35:32.903993+00:00",
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