{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "井上 健太",
      "email": "kenta.inoue10@example.co.jp",
      "phoneNumber": "+81-90-3845-1554",
      "country": "JP",
      "city": "Nagoya",
      "locale": "ja-JP",
      "createdAt": "2025-03-21T08:41:49.123860+00:00",
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
    "serial": "bda2da62-6447-4836-b553-7ba0f2f2818c",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-a81976",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "井上 健太",
      "email": "kenta.inoue10@example.co.jp",
      "createdAt": "2025-03-21T08:41:49.123860+00:00",
      "updatedAt": "2025-03-21T08:41:49.123860+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-313782"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-21T08:41:49.123860+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-21T08:41:49.255185+00:00",
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