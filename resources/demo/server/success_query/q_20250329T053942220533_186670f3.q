{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "渡辺 太郎",
      "email": "taro.watanabe@example.co.jp",
      "phoneNumber": "+81-90-5907-0083",
      "country": "JP",
      "city": "Yokohama",
      "locale": "ja-JP",
      "createdAt": "2025-03-29T05:39:42.021954+00:00",
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
    "serial": "431e5b28-9709-4eaa-bbf7-3285999bf059",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-709e84",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "渡辺 太郎",
      "email": "taro.watanabe@example.co.jp",
      "createdAt": "2025-03-29T05:39:42.021954+00:00",
      "updatedAt": "2025-03-29T05:39:42.021954+00:00",
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
          "timestamp": "2025-03-29T05:39:42.021954+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-29T05:39:42.201595+00:00",
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