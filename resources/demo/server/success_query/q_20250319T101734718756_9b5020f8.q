{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "鈴木 真央",
      "email": "mao.suzuki15@example.co.jp",
      "phoneNumber": "+81-90-8040-4862",
      "country": "JP",
      "city": "Fukuoka",
      "locale": "ja-JP",
      "createdAt": "2025-03-19T10:17:34.566233+00:00",
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
    "serial": "5325519a-645d-4853-b6ca-52699a7924cf",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-bf43df",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 真央",
      "email": "mao.suzuki15@example.co.jp",
      "createdAt": "2025-03-19T10:17:34.566233+00:00",
      "updatedAt": "2025-03-19T10:17:34.566233+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-5772d0"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T10:17:34.566233+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T10:17:34.681490+00:00",
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