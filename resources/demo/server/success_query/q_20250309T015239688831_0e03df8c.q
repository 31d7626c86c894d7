{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "渡辺 直樹",
      "email": "naoki.watanabe@example.co.jp",
      "phone": "+81-90-0494-2146",
      "country": "JP",
      "city": "Sapporo",
      "locale": "ja-JP",
      "createdAt": "2025-03-09T01:52:39.561740+00:00",
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
    "serial": "4653b09f-a6ad-4e9e-8051-272570a1201a",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-cfec57",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "渡辺 直樹",
      "email": "naoki.watanabe@example.co.jp",
      "createdAt": "2025-03-09T01:52:39.561740+00:00",
      "updatedAt": "2025-03-09T01:52:39.561740+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-e46ec9"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T01:52:39.561740+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 9
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T01:52:39.661886+00:00",
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