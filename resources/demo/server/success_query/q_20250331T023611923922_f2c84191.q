{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "鈴木 大輝",
      "email": "daiki.suzuki@example.co.jp",
      "phoneNumber": "+81-90-4438-1993",
      "country": "JP",
      "city": "Tokyo",
      "locale": "ja-JP",
      "createdAt": "2025-03-31T02:36:11.849924+00:00",
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
    "serial": "dc977cd6-b891-4383-a1fc-fec5090b0f7e",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-4403df",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "鈴木 大輝",
      "email": "daiki.suzuki@example.co.jp",
      "createdAt": "2025-03-31T02:36:11.849924+00:00",
      "updatedAt": "2025-03-31T02:36:11.849924+00:00",
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
          "timestamp": "2025-03-31T02:36:11.849924+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-31T02:36:11.902372+00:00",
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