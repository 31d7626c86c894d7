{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "佐藤 太郎",
      "email": "taro.sato@example.jp",
      "phoneNumber": "+81-90-4880-8320",
      "country": "JP",
      "city": "Kyoto",
      "locale": "ja-JP",
      "createdAt": "2025-03-19T13:32:43.267530+00:00",
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
    "serial": "63ebb6ee-85b9-42b8-9b7d-e6ec768eb76a",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-3e0cef",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "佐藤 太郎",
      "email": "taro.sato@example.jp",
      "createdAt": "2025-03-19T13:32:43.267530+00:00",
      "updatedAt": "2025-03-19T13:32:43.267530+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-350e3d"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T13:32:43.267530+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T13:32:43.410177+00:00",
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