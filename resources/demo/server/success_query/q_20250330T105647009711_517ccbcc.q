{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "小林 大輝",
      "email": "daiki.kobayashi@example.co.jp",
      "phoneNumber": "+81-90-1955-4231",
      "country": "JP",
      "city": "Nagoya",
      "locale": "ja-JP",
      "createdAt": "2025-03-30T10:56:46.941396+00:00",
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
    "serial": "fe390039-20e0-4f0e-93a7-5224e31e7ec4",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-55e913",
      "collectionPermissions": null,
      "context": {
        "segment": "vip"
      },
      "name": "小林 大輝",
      "email": "daiki.kobayashi@example.co.jp",
      "createdAt": "2025-03-30T10:56:46.941396+00:00",
      "updatedAt": "2025-03-30T10:56:46.941396+00:00",
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
          "timestamp": "2025-03-30T10:56:46.941396+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T10:56:46.974473+00:00",
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