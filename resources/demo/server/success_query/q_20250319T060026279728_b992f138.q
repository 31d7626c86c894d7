{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "add",
  "addData": [
    {
      "id": -1,
      "name": "小林 蓮",
      "email": "ren.kobayashi@example.jp",
      "phoneNumber": "+81-90-0761-7774",
      "country": "JP",
      "city": "Sapporo",
      "locale": "ja-JP",
      "createdAt": "2025-03-19T06:00:26.161403+00:00",
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
    "serial": "a1c40481-56f5-44cc-9acb-5b049c957247",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "guest-b20451",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "小林 蓮",
      "email": "ren.kobayashi@example.jp",
      "createdAt": "2025-03-19T06:00:26.161403+00:00",
      "updatedAt": "2025-03-19T06:00:26.161403+00:00",
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
          "timestamp": "2025-03-19T06:00:26.161403+00:00",
          "location": "WebBrowser/Chrome 134",
          "context": {
            "tz": "Asia/Tokyo"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-19T06:00:26.252310+00:00",
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