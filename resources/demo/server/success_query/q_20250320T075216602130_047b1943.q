{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "鈴木 真央",
      "email": "mao.suzuki74@example.co.jp",
      "phoneNumber": "+81-90-5923-9330",
      "country": "JP",
      "city": "Tokyo",
      "locale": "ja-JP",
      "createdAt": "2025-03-20T07:52:16.422539+00:00",
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
    "serial": "28a55e2b-fb72-4333-a8a0-5baaabb30c55",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-d67707",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "鈴木 真央",
      "email": "mao.suzuki74@example.co.jp",
      "createdAt": "2025-03-20T07:52:16.422539+00:00",
      "updatedAt": "2025-03-20T07:52:16.422539+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "ios-dc4ab2"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T07:52:16.422539+00:00",
          "location": "iOSApp/4.2.0",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-20T07:52:16.587002+00:00",
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