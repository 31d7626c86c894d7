{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "井上 蓮",
      "email": "ren.inoue19@example.co.jp",
      "phoneNumber": "+81-90-6758-5603",
      "country": "JP",
      "city": "Sendai",
      "locale": "ja-JP",
      "createdAt": "2025-03-12T10:39:09.071347+00:00",
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
    "serial": "60ceb91b-0a26-4589-8fbf-2bda565a717b",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-8ec5a8",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "井上 蓮",
      "email": "ren.inoue19@example.co.jp",
      "createdAt": "2025-03-12T10:39:09.071347+00:00",
      "updatedAt": "2025-03-12T10:39:09.071347+00:00",
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
          "timestamp": "2025-03-12T10:39:09.071347+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-12T10:39:09.107435+00:00",
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