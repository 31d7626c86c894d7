{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "渡辺 蓮",
      "email": "ren.watanabe12@example.jp",
      "phone": "+81-90-0962-0939",
      "country": "JP",
      "city": "Sapporo",
      "locale": "ja-JP",
      "createdAt": "2025-03-06T04:16:29.576450+00:00",
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
    "serial": "2cf38dbe-3dd5-45ac-b7d1-b2aa82616a90",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-d23a8c",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "渡辺 蓮",
      "email": "ren.watanabe12@example.jp",
      "createdAt": "2025-03-06T04:16:29.576450+00:00",
      "updatedAt": "2025-03-06T04:16:29.576450+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-58cf6e"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T04:16:29.576450+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-06T04:16:29.666259+00:00",
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