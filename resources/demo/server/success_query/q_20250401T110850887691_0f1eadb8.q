{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "中村 陽菜",
      "email": "hina.nakamura@example.jp",
      "phoneNumber": "+81-90-2589-8779",
      "country": "JP",
      "city": "Sendai",
      "locale": "ja-JP",
      "createdAt": "2025-04-01T11:08:50.728314+00:00",
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
    "serial": "17d416ab-909e-47bf-a0f0-74c9b7529ff5",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-10e6b1",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "中村 陽菜",
      "email": "hina.nakamura@example.jp",
      "createdAt": "2025-04-01T11:08:50.728314+00:00",
      "updatedAt": "2025-04-01T11:08:50.728314+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-4c2e44"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T11:08:50.728314+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-01T11:08:50.880648+00:00",
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