{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "清水 拓海",
      "email": "takumi.shimizu53@example.co.jp",
      "phoneNumber": "+81-90-7089-0530",
      "country": "JP",
      "city": "Yokohama",
      "locale": "ja-JP",
      "createdAt": "2025-03-20T06:17:08.580661+00:00",
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
    "serial": "25f82b1d-5fdb-4f8e-85b5-1dd800eb2870",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-e93080",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 拓海",
      "email": "takumi.shimizu53@example.co.jp",
      "createdAt": "2025-03-20T06:17:08.580661+00:00",
      "updatedAt": "2025-03-20T06:17:08.580661+00:00",
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
          "timestamp": "2025-03-20T06:17:08.580661+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T06:17:08.691481+00:00",
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