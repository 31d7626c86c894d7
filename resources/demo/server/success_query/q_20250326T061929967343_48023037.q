{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "井上 愛",
      "email": "ai.inoue@example.co.jp",
      "phoneNumber": "+81-90-0658-8857",
      "country": "JP",
      "city": "Nagoya",
      "locale": "ja-JP",
      "createdAt": "2025-03-26T06:19:29.896723+00:00",
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
    "serial": "efd06ffc-5899-49c1-bc13-bbee51c6eb03",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-81a924",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "井上 愛",
      "email": "ai.inoue@example.co.jp",
      "createdAt": "2025-03-26T06:19:29.896723+00:00",
      "updatedAt": "2025-03-26T06:19:29.896723+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": []
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-26T06:19:29.896723+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-26T06:19:29.933777+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "会員登録",
    "why": "新規会員登録フォームの送信",
    "from": "Webショップ (Chrome)",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}