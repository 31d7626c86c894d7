{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "高橋 大輝",
      "email": "daiki.takahashi65@example.jp",
      "phoneNumber": "+81-90-7600-4533",
      "country": "JP",
      "city": "Sendai",
      "locale": "ja-JP",
      "createdAt": "2025-03-30T12:20:40.011831+00:00",
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
    "serial": "1dd74777-e02e-4fd0-8d44-357088ab5d68",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-497493",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "高橋 大輝",
      "email": "daiki.takahashi65@example.jp",
      "createdAt": "2025-03-30T12:20:40.011831+00:00",
      "updatedAt": "2025-03-30T12:20:40.011831+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-e6ec9d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T12:20:40.011831+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T12:20:40.124106+00:00",
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