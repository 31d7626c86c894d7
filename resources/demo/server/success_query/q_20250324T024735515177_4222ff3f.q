{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "清水 悠真",
      "email": "yuma.shimizu00@example.jp",
      "phoneNumber": "+81-90-2905-7472",
      "country": "JP",
      "city": "Nagoya",
      "locale": "ja-JP",
      "createdAt": "2025-03-24T02:47:35.334240+00:00",
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
    "serial": "026bd332-de08-4669-95fd-d736c6142d96",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-a45771",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "清水 悠真",
      "email": "yuma.shimizu00@example.jp",
      "createdAt": "2025-03-24T02:47:35.334240+00:00",
      "updatedAt": "2025-03-24T02:47:35.334240+00:00",
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
          "timestamp": "2025-03-24T02:47:35.334240+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-24T02:47:35.490070+00:00",
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