{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "木村 蓮",
      "email": "ren.kimura@example.co.jp",
      "phoneNumber": "+81-90-8717-1865",
      "country": "JP",
      "city": "Sendai",
      "locale": "ja-JP",
      "createdAt": "2025-04-04T05:02:51.662139+00:00",
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
    "serial": "ad360863-d806-435a-86eb-1f157510b784",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-de887f",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "木村 蓮",
      "email": "ren.kimura@example.co.jp",
      "createdAt": "2025-04-04T05:02:51.662139+00:00",
      "updatedAt": "2025-04-04T05:02:51.662139+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-21a2cf"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T05:02:51.662139+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-04-04T05:02:51.772090+00:00",
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