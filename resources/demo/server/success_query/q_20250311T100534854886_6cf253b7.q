{
  "className": "Query",
  "version": "7",
  "target": "customers",
  "type": "updateOne",
  "overrideData": {
    "city": "Nagoya",
    "phone": "+81-90-4186-6481"
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 4,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "593a424b-169d-48bc-b111-e3ed605126c0",
    "chainParentSerial": null,
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "human",
      "id": "cust-4",
      "collectionPermissions": null,
      "context": {
        "segment": "retail"
      },
      "name": "田中 翔太",
      "email": "shota.tanaka@example.co.jp",
      "createdAt": "2024-11-07T00:25:20+00:00",
      "updatedAt": "2024-11-07T00:25:20+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": [
        "android-fa146c"
      ]
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T10:05:34.755049+00:00",
          "location": "AndroidApp/4.1.3",
          "context": {
            "tz": "Asia/Tokyo",
            "clockSkewMs": 0
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-11T10:05:34.844113+00:00",
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