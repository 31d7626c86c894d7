{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "加藤 さくら",
      "email": "sakura.kato@mail.example.ne.jp",
      "phoneNumber": "+81-90-6974-8299",
      "country": "JP",
      "city": "Osaka",
      "locale": "ja-JP",
      "createdAt": "2025-04-04T13:39:03.695881+00:00",
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
    "serial": "57ff3d50-5fe7-4eed-b1ab-4e268b2e3ad9",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-dc8316",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "加藤 さくら",
      "email": "sakura.kato@mail.example.ne.jp",
      "createdAt": "2025-04-04T13:39:03.695881+00:00",
      "updatedAt": "2025-04-04T13:39:03.695881+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-58820b"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T13:39:03.695881+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T13:39:03.793777+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "会員登録",
    "why": "新規会員登録フォームの送信",
    "from": "iOSアプリ",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}