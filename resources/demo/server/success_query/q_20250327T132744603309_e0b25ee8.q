{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "清水 葵",
      "email": "aoi.shimizu92@mail.example.ne.jp",
      "phoneNumber": "+81-90-9929-8004",
      "country": "JP",
      "city": "Tokyo",
      "locale": "ja-JP",
      "createdAt": "2025-03-27T13:27:44.404719+00:00",
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
    "serial": "9bea6495-1476-4ab1-a4c6-bec8992a1e56",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-2b1b72",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 葵",
      "email": "aoi.shimizu92@mail.example.ne.jp",
      "createdAt": "2025-03-27T13:27:44.404719+00:00",
      "updatedAt": "2025-03-27T13:27:44.404719+00:00",
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
          "timestamp": "2025-03-27T13:27:44.404719+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-27T13:27:44.576076+00:00",
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