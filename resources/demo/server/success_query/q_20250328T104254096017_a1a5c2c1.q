{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "木村 蓮",
      "email": "ren.kimura75@example.co.jp",
      "phoneNumber": "+81-90-7090-7562",
      "country": "JP",
      "city": "Fukuoka",
      "locale": "ja-JP",
      "createdAt": "2025-03-28T10:42:53.919315+00:00",
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
    "serial": "800e8f23-0e2e-4bde-887e-db5d7f81e265",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-406974",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "木村 蓮",
      "email": "ren.kimura75@example.co.jp",
      "createdAt": "2025-03-28T10:42:53.919315+00:00",
      "updatedAt": "2025-03-28T10:42:53.919315+00:00",
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
          "timestamp": "2025-03-28T10:42:53.919315+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-28T10:42:54.074207+00:00",
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