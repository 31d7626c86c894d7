{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Sendai",
    "phoneNumber": "+81-90-7318-7450"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 20,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "f2129b3d-5f89-4a99-bf33-adb3ac4beea2",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-20",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "吉田 花子",
      "email": "hanako.yoshida@example.jp",
      "createdAt": "2024-09-04T04:20:27+00:00",
      "updatedAt": "2024-09-04T04:20:27+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-3e41d1"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T07:39:38.652160+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 9
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T07:39:38.749496+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "住所・電話番号を変更",
    "why": "引っ越しのため",
    "from": "Androidアプリ",
    "context": {
      "screen": "Account"
    },
    "confidenceScore": 1.0
  }
}