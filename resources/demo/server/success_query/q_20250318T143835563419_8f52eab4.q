{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "佐藤 大輝",
      "email": "daiki.sato@mail.example.ne.jp",
      "phoneNumber": "+81-90-1393-5328",
      "country": "JP",
      "city": "Yokohama",
      "locale": "ja-JP",
      "createdAt": "2025-03-18T14:38:35.525474+00:00",
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
    "serial": "ccf284f7-99e8-467c-9f9b-18740124aa26",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-af8b10",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "佐藤 大輝",
      "email": "daiki.sato@mail.example.ne.jp",
      "createdAt": "2025-03-18T14:38:35.525474+00:00",
      "updatedAt": "2025-03-18T14:38:35.525474+00:00",
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
          "timestamp": "2025-03-18T14:38:35.525474+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T14:38:35.555669+00:00",
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