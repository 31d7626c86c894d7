{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "高橋 直樹",
      "email": "naoki.takahashi@example.jp",
      "phoneNumber": "+81-90-7523-1404",
      "country": "JP",
      "city": "Sapporo",
      "locale": "ja-JP",
      "createdAt": "2025-03-13T13:34:37.975232+00:00",
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
    "serial": "8616591e-9d28-4d0e-9458-ef60eefe7040",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-e3173b",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "高橋 直樹",
      "email": "naoki.takahashi@example.jp",
      "createdAt": "2025-03-13T13:34:37.975232+00:00",
      "updatedAt": "2025-03-13T13:34:37.975232+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-caa78d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T13:34:37.975232+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-13T13:34:38.015566+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "会員登録",
    "why": "新規会員登録フォームの送信",
    "from": "iOSアプリ",
    "context": {
      "screen": "SignUp"
    },
    "confidenceScore": 1.0
  }
}