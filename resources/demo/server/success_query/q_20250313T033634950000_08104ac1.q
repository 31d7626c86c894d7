{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "井上 太郎",
      "email": "taro.inoue@example.co.jp",
      "phoneNumber": "+81-90-2910-6030",
      "country": "JP",
      "city": "Sendai",
      "locale": "ja-JP",
      "createdAt": "2025-03-13T03:36:34.892494+00:00",
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
    "serial": "c58ae975-55d9-44aa-9c0a-60d6da647c37",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-af31be",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "井上 太郎",
      "email": "taro.inoue@example.co.jp",
      "createdAt": "2025-03-13T03:36:34.892494+00:00",
      "updatedAt": "2025-03-13T03:36:34.892494+00:00",
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
          "timestamp": "2025-03-13T03:36:34.892494+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T03:36:34.930227+00:00",
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