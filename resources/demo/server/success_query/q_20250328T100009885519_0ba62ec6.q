{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "中村 花子",
      "email": "hanako.nakamura55@example.co.jp",
      "phoneNumber": "+81-90-4566-6065",
      "country": "JP",
      "city": "Yokohama",
      "locale": "ja-JP",
      "createdAt": "2025-03-28T10:00:09.799850+00:00",
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
    "serial": "1315213c-b9f0-457e-a804-f6bbedd08b2b",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-746f4b",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "中村 花子",
      "email": "hanako.nakamura55@example.co.jp",
      "createdAt": "2025-03-28T10:00:09.799850+00:00",
      "updatedAt": "2025-03-28T10:00:09.799850+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-db569e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T10:00:09.799850+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": -9
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T10:00:09.869042+00:00",
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